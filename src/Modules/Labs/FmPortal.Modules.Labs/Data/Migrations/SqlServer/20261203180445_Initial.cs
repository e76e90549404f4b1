using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace FmPortal.Modules.Labs.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "labs");

            migrationBuilder.CreateTable(
                name: "Reports",
                schema: "labs",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    PatientId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    SourceKey = table.Column<string>(type: "nvarchar(400)", maxLength: 400, nullable: false),
                    Code = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: true),
                    Display = table.Column<string>(type: "nvarchar(400)", maxLength: 400, nullable: true),
                    Status = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: true),
                    EffectiveAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    IssuedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    ImportedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Reports", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Results",
                schema: "labs",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    PatientId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ReportId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    SourceKey = table.Column<string>(type: "nvarchar(400)", maxLength: 400, nullable: false),
                    CodeSystem = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Code = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    Display = table.Column<string>(type: "nvarchar(400)", maxLength: 400, nullable: true),
                    ValueQuantity = table.Column<decimal>(type: "decimal(18,6)", precision: 18, scale: 6, nullable: true),
                    Unit = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: true),
                    ValueText = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: true),
                    ReferenceLow = table.Column<decimal>(type: "decimal(18,6)", precision: 18, scale: 6, nullable: true),
                    ReferenceHigh = table.Column<decimal>(type: "decimal(18,6)", precision: 18, scale: 6, nullable: true),
                    ReferenceText = table.Column<string>(type: "nvarchar(400)", maxLength: 400, nullable: true),
                    Interpretation = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: true),
                    IsAbnormal = table.Column<bool>(type: "bit", nullable: false),
                    Status = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: true),
                    EffectiveAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    ImportedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    ReleasedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    ReleasedBy = table.Column<Guid>(type: "uniqueidentifier", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Results", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Results_Reports_ReportId",
                        column: x => x.ReportId,
                        principalSchema: "labs",
                        principalTable: "Reports",
                        principalColumn: "Id");
                });

            migrationBuilder.CreateIndex(
                name: "IX_Reports_PatientId_SourceKey",
                schema: "labs",
                table: "Reports",
                columns: new[] { "PatientId", "SourceKey" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Results_PatientId_Code_EffectiveAt",
                schema: "labs",
                table: "Results",
                columns: new[] { "PatientId", "Code", "EffectiveAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Results_PatientId_EffectiveAt",
                schema: "labs",
                table: "Results",
                columns: new[] { "PatientId", "EffectiveAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Results_PatientId_SourceKey",
                schema: "labs",
                table: "Results",
                columns: new[] { "PatientId", "SourceKey" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Results_ReportId",
                schema: "labs",
                table: "Results",
                column: "ReportId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Results",
                schema: "labs");

            migrationBuilder.DropTable(
                name: "Reports",
                schema: "labs");
        }
    }
}
