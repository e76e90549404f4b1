using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace FmPortal.Modules.Labs.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "labs_Reports",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PatientId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SourceKey = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Display = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    EffectiveAt = table.Column<long>(type: "INTEGER", nullable: true),
                    IssuedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ImportedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_labs_Reports", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "labs_Results",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PatientId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ReportId = table.Column<Guid>(type: "TEXT", nullable: true),
                    SourceKey = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    CodeSystem = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Display = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                    ValueQuantity = table.Column<decimal>(type: "TEXT", precision: 18, scale: 6, nullable: true),
                    Unit = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    ValueText = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    ReferenceLow = table.Column<decimal>(type: "TEXT", precision: 18, scale: 6, nullable: true),
                    ReferenceHigh = table.Column<decimal>(type: "TEXT", precision: 18, scale: 6, nullable: true),
                    ReferenceText = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                    Interpretation = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    IsAbnormal = table.Column<bool>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    EffectiveAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ImportedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ReleasedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ReleasedBy = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_labs_Results", x => x.Id);
                    table.ForeignKey(
                        name: "FK_labs_Results_labs_Reports_ReportId",
                        column: x => x.ReportId,
                        principalTable: "labs_Reports",
                        principalColumn: "Id");
                });

            migrationBuilder.CreateIndex(
                name: "IX_labs_Reports_PatientId_SourceKey",
                table: "labs_Reports",
                columns: new[] { "PatientId", "SourceKey" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_labs_Results_PatientId_Code_EffectiveAt",
                table: "labs_Results",
                columns: new[] { "PatientId", "Code", "EffectiveAt" });

            migrationBuilder.CreateIndex(
                name: "IX_labs_Results_PatientId_EffectiveAt",
                table: "labs_Results",
                columns: new[] { "PatientId", "EffectiveAt" });

            migrationBuilder.CreateIndex(
                name: "IX_labs_Results_PatientId_SourceKey",
                table: "labs_Results",
                columns: new[] { "PatientId", "SourceKey" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_labs_Results_ReportId",
                table: "labs_Results",
                column: "ReportId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "labs_Results");

            migrationBuilder.DropTable(
                name: "labs_Reports");
        }
    }
}
