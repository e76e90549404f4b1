using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace FmPortal.Modules.Audit.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "audit_Events",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CorrelationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OccurredAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ActorId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ActorName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    ActorRole = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    OnBehalfOf = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    PatientId = table.Column<Guid>(type: "TEXT", nullable: true),
                    RequestType = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    Domain = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    Action = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    Purpose = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    RecordIds = table.Column<string>(type: "TEXT", nullable: true),
                    DisclosedFields = table.Column<string>(type: "TEXT", nullable: true),
                    WithheldFields = table.Column<string>(type: "TEXT", nullable: true),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    SessionId = table.Column<string>(type: "TEXT", maxLength: 128, nullable: true),
                    ClientAddress = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_audit_Events", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_audit_Events_ActorId_OccurredAt",
                table: "audit_Events",
                columns: new[] { "ActorId", "OccurredAt" });

            migrationBuilder.CreateIndex(
                name: "IX_audit_Events_CorrelationId",
                table: "audit_Events",
                column: "CorrelationId");

            migrationBuilder.CreateIndex(
                name: "IX_audit_Events_OccurredAt",
                table: "audit_Events",
                column: "OccurredAt");

            migrationBuilder.CreateIndex(
                name: "IX_audit_Events_PatientId_OccurredAt",
                table: "audit_Events",
                columns: new[] { "PatientId", "OccurredAt" });

            // The database itself refuses UPDATE and DELETE on audit rows.
            migrationBuilder.Sql(FmPortal.Modules.Audit.Data.AppendOnlyGuards.Sqlite);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "audit_Events");
        }
    }
}
