using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace FmPortal.Modules.Practice.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "practice_Patients",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Mrn = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    GivenName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    FamilyName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    BirthDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Sex = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    Email = table.Column<string>(type: "TEXT", maxLength: 320, nullable: true),
                    Phone = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    InsurancePayer = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    InsuranceMemberId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    RegisteredAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_practice_Patients", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "practice_CareTeamMembers",
                columns: table => new
                {
                    PatientId = table.Column<Guid>(type: "TEXT", nullable: false),
                    StaffUserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Role = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    AddedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_practice_CareTeamMembers", x => new { x.PatientId, x.StaffUserId });
                    table.ForeignKey(
                        name: "FK_practice_CareTeamMembers_practice_Patients_PatientId",
                        column: x => x.PatientId,
                        principalTable: "practice_Patients",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "practice_PatientIdentifiers",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PatientId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Value = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_practice_PatientIdentifiers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_practice_PatientIdentifiers_practice_Patients_PatientId",
                        column: x => x.PatientId,
                        principalTable: "practice_Patients",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_practice_CareTeamMembers_StaffUserId",
                table: "practice_CareTeamMembers",
                column: "StaffUserId");

            migrationBuilder.CreateIndex(
                name: "IX_practice_PatientIdentifiers_PatientId",
                table: "practice_PatientIdentifiers",
                column: "PatientId");

            migrationBuilder.CreateIndex(
                name: "IX_practice_PatientIdentifiers_Value",
                table: "practice_PatientIdentifiers",
                column: "Value",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_practice_Patients_Mrn",
                table: "practice_Patients",
                column: "Mrn",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "practice_CareTeamMembers");

            migrationBuilder.DropTable(
                name: "practice_PatientIdentifiers");

            migrationBuilder.DropTable(
                name: "practice_Patients");
        }
    }
}
