using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TalentChain.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Projects : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "PlacementRounds",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CohortId = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    PlanGapWeight = table.Column<int>(type: "INTEGER", nullable: false),
                    NewSegmentWeight = table.Column<int>(type: "INTEGER", nullable: false),
                    NewUnitWeight = table.Column<int>(type: "INTEGER", nullable: false),
                    MaxRolesPerParticipant = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    SolvedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Placed = table.Column<int>(type: "INTEGER", nullable: true),
                    TotalValue = table.Column<long>(type: "INTEGER", nullable: true),
                    Optimal = table.Column<bool>(type: "INTEGER", nullable: false),
                    CertificateVerified = table.Column<bool>(type: "INTEGER", nullable: false),
                    PublishedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    PublishedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PlacementRounds", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PlacementRounds_Cohorts_CohortId",
                        column: x => x.CohortId,
                        principalTable: "Cohorts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "StrategicProjects",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Code = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    TitleZh = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Segment = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    LeadUnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    SponsorEmployeeId = table.Column<int>(type: "INTEGER", nullable: false),
                    StartDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    EndDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Classification = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StrategicProjects", x => x.Id);
                    table.ForeignKey(
                        name: "FK_StrategicProjects_Employees_SponsorEmployeeId",
                        column: x => x.SponsorEmployeeId,
                        principalTable: "Employees",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_StrategicProjects_OrgUnits_LeadUnitId",
                        column: x => x.LeadUnitId,
                        principalTable: "OrgUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PlacementRoundParticipants",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RoundId = table.Column<int>(type: "INTEGER", nullable: false),
                    ParticipantId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PlacementRoundParticipants", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PlacementRoundParticipants_Participants_ParticipantId",
                        column: x => x.ParticipantId,
                        principalTable: "Participants",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_PlacementRoundParticipants_PlacementRounds_RoundId",
                        column: x => x.RoundId,
                        principalTable: "PlacementRounds",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ProjectRoles",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ProjectId = table.Column<int>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    TitleZh = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Seats = table.Column<int>(type: "INTEGER", nullable: false),
                    StartDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    EndDate = table.Column<DateOnly>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProjectRoles", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ProjectRoles_StrategicProjects_ProjectId",
                        column: x => x.ProjectId,
                        principalTable: "StrategicProjects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PlacementAssignments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RoundId = table.Column<int>(type: "INTEGER", nullable: false),
                    ParticipantId = table.Column<int>(type: "INTEGER", nullable: false),
                    RoleId = table.Column<int>(type: "INTEGER", nullable: false),
                    PlanGapValue = table.Column<int>(type: "INTEGER", nullable: false),
                    NewSegmentValue = table.Column<int>(type: "INTEGER", nullable: false),
                    NewUnitValue = table.Column<int>(type: "INTEGER", nullable: false),
                    Pinned = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PlacementAssignments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PlacementAssignments_Participants_ParticipantId",
                        column: x => x.ParticipantId,
                        principalTable: "Participants",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_PlacementAssignments_PlacementRounds_RoundId",
                        column: x => x.RoundId,
                        principalTable: "PlacementRounds",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_PlacementAssignments_ProjectRoles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "ProjectRoles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PlacementRoundRoles",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RoundId = table.Column<int>(type: "INTEGER", nullable: false),
                    RoleId = table.Column<int>(type: "INTEGER", nullable: false),
                    Period = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PlacementRoundRoles", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PlacementRoundRoles_PlacementRounds_RoundId",
                        column: x => x.RoundId,
                        principalTable: "PlacementRounds",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_PlacementRoundRoles_ProjectRoles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "ProjectRoles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PlacementRoundRules",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RoundId = table.Column<int>(type: "INTEGER", nullable: false),
                    ParticipantId = table.Column<int>(type: "INTEGER", nullable: false),
                    RoleId = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PlacementRoundRules", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PlacementRoundRules_PlacementRounds_RoundId",
                        column: x => x.RoundId,
                        principalTable: "PlacementRounds",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_PlacementRoundRules_ProjectRoles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "ProjectRoles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PlacementUnplaced",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RoundId = table.Column<int>(type: "INTEGER", nullable: false),
                    ParticipantId = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    NearestRoleId = table.Column<int>(type: "INTEGER", nullable: true),
                    MissingSkillId = table.Column<int>(type: "INTEGER", nullable: true),
                    MissingLevel = table.Column<int>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PlacementUnplaced", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PlacementUnplaced_Participants_ParticipantId",
                        column: x => x.ParticipantId,
                        principalTable: "Participants",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_PlacementUnplaced_PlacementRounds_RoundId",
                        column: x => x.RoundId,
                        principalTable: "PlacementRounds",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_PlacementUnplaced_ProjectRoles_NearestRoleId",
                        column: x => x.NearestRoleId,
                        principalTable: "ProjectRoles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "ProjectMemberships",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ProjectId = table.Column<int>(type: "INTEGER", nullable: false),
                    RoleId = table.Column<int>(type: "INTEGER", nullable: true),
                    EmployeeId = table.Column<int>(type: "INTEGER", nullable: false),
                    From = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    To = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    RoundId = table.Column<int>(type: "INTEGER", nullable: true),
                    PlacementKey = table.Column<Guid>(type: "TEXT", nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProjectMemberships", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ProjectMemberships_Employees_EmployeeId",
                        column: x => x.EmployeeId,
                        principalTable: "Employees",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ProjectMemberships_PlacementRounds_RoundId",
                        column: x => x.RoundId,
                        principalTable: "PlacementRounds",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_ProjectMemberships_ProjectRoles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "ProjectRoles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_ProjectMemberships_StrategicProjects_ProjectId",
                        column: x => x.ProjectId,
                        principalTable: "StrategicProjects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ProjectRoleSkills",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RoleId = table.Column<int>(type: "INTEGER", nullable: false),
                    TaxonomyNodeId = table.Column<int>(type: "INTEGER", nullable: false),
                    MinLevel = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProjectRoleSkills", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ProjectRoleSkills_ProjectRoles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "ProjectRoles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ProjectRoleSkills_TaxonomyNodes_TaxonomyNodeId",
                        column: x => x.TaxonomyNodeId,
                        principalTable: "TaxonomyNodes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_PlacementAssignments_ParticipantId",
                table: "PlacementAssignments",
                column: "ParticipantId");

            migrationBuilder.CreateIndex(
                name: "IX_PlacementAssignments_RoleId",
                table: "PlacementAssignments",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "IX_PlacementAssignments_RoundId_ParticipantId_RoleId",
                table: "PlacementAssignments",
                columns: new[] { "RoundId", "ParticipantId", "RoleId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PlacementRoundParticipants_ParticipantId",
                table: "PlacementRoundParticipants",
                column: "ParticipantId");

            migrationBuilder.CreateIndex(
                name: "IX_PlacementRoundParticipants_RoundId_ParticipantId",
                table: "PlacementRoundParticipants",
                columns: new[] { "RoundId", "ParticipantId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PlacementRoundRoles_RoleId",
                table: "PlacementRoundRoles",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "IX_PlacementRoundRoles_RoundId_RoleId",
                table: "PlacementRoundRoles",
                columns: new[] { "RoundId", "RoleId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PlacementRoundRules_RoleId",
                table: "PlacementRoundRules",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "IX_PlacementRoundRules_RoundId_ParticipantId_RoleId",
                table: "PlacementRoundRules",
                columns: new[] { "RoundId", "ParticipantId", "RoleId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PlacementRounds_CohortId",
                table: "PlacementRounds",
                column: "CohortId");

            migrationBuilder.CreateIndex(
                name: "IX_PlacementUnplaced_NearestRoleId",
                table: "PlacementUnplaced",
                column: "NearestRoleId");

            migrationBuilder.CreateIndex(
                name: "IX_PlacementUnplaced_ParticipantId",
                table: "PlacementUnplaced",
                column: "ParticipantId");

            migrationBuilder.CreateIndex(
                name: "IX_PlacementUnplaced_RoundId_ParticipantId",
                table: "PlacementUnplaced",
                columns: new[] { "RoundId", "ParticipantId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ProjectMemberships_EmployeeId",
                table: "ProjectMemberships",
                column: "EmployeeId");

            migrationBuilder.CreateIndex(
                name: "IX_ProjectMemberships_PlacementKey",
                table: "ProjectMemberships",
                column: "PlacementKey",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ProjectMemberships_ProjectId",
                table: "ProjectMemberships",
                column: "ProjectId");

            migrationBuilder.CreateIndex(
                name: "IX_ProjectMemberships_RoleId",
                table: "ProjectMemberships",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "IX_ProjectMemberships_RoundId",
                table: "ProjectMemberships",
                column: "RoundId");

            migrationBuilder.CreateIndex(
                name: "IX_ProjectRoles_ProjectId",
                table: "ProjectRoles",
                column: "ProjectId");

            migrationBuilder.CreateIndex(
                name: "IX_ProjectRoleSkills_RoleId_TaxonomyNodeId",
                table: "ProjectRoleSkills",
                columns: new[] { "RoleId", "TaxonomyNodeId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ProjectRoleSkills_TaxonomyNodeId",
                table: "ProjectRoleSkills",
                column: "TaxonomyNodeId");

            migrationBuilder.CreateIndex(
                name: "IX_StrategicProjects_Code",
                table: "StrategicProjects",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_StrategicProjects_LeadUnitId",
                table: "StrategicProjects",
                column: "LeadUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_StrategicProjects_SponsorEmployeeId",
                table: "StrategicProjects",
                column: "SponsorEmployeeId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PlacementAssignments");

            migrationBuilder.DropTable(
                name: "PlacementRoundParticipants");

            migrationBuilder.DropTable(
                name: "PlacementRoundRoles");

            migrationBuilder.DropTable(
                name: "PlacementRoundRules");

            migrationBuilder.DropTable(
                name: "PlacementUnplaced");

            migrationBuilder.DropTable(
                name: "ProjectMemberships");

            migrationBuilder.DropTable(
                name: "ProjectRoleSkills");

            migrationBuilder.DropTable(
                name: "PlacementRounds");

            migrationBuilder.DropTable(
                name: "ProjectRoles");

            migrationBuilder.DropTable(
                name: "StrategicProjects");
        }
    }
}
