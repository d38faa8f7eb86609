using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace TalentChain.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class RotationPlanning : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "HostOrgUnitId",
                table: "ParticipantStages",
                type: "integer",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "RotationPlans",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CohortId = table.Column<int>(type: "integer", nullable: false),
                    FirstPeriodStart = table.Column<DateOnly>(type: "date", nullable: false),
                    PeriodMonths = table.Column<int>(type: "integer", nullable: false),
                    Periods = table.Column<int>(type: "integer", nullable: false),
                    RotationsPerParticipant = table.Column<int>(type: "integer", nullable: false),
                    MinSegments = table.Column<int>(type: "integer", nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    ProposedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ProposalSource = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    ProposalPlaced = table.Column<int>(type: "integer", nullable: true),
                    ProposalScore = table.Column<long>(type: "bigint", nullable: true),
                    BoundPlaced = table.Column<long>(type: "bigint", nullable: true),
                    BoundScore = table.Column<long>(type: "bigint", nullable: true),
                    ProposalOptimal = table.Column<bool>(type: "boolean", nullable: false),
                    ProposalEdited = table.Column<bool>(type: "boolean", nullable: false),
                    PublishedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    PublishedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RotationPlans", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RotationPlans_Cohorts_CohortId",
                        column: x => x.CohortId,
                        principalTable: "Cohorts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "RotationMembers",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    PlanId = table.Column<int>(type: "integer", nullable: false),
                    ParticipantId = table.Column<int>(type: "integer", nullable: false),
                    StartPeriod = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RotationMembers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RotationMembers_Participants_ParticipantId",
                        column: x => x.ParticipantId,
                        principalTable: "Participants",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_RotationMembers_RotationPlans_PlanId",
                        column: x => x.PlanId,
                        principalTable: "RotationPlans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "RotationOffers",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    PlanId = table.Column<int>(type: "integer", nullable: false),
                    OrgUnitId = table.Column<int>(type: "integer", nullable: false),
                    Places = table.Column<List<int>>(type: "integer[]", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RotationOffers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RotationOffers_OrgUnits_OrgUnitId",
                        column: x => x.OrgUnitId,
                        principalTable: "OrgUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_RotationOffers_RotationPlans_PlanId",
                        column: x => x.PlanId,
                        principalTable: "RotationPlans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "RotationPlacements",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    PlanId = table.Column<int>(type: "integer", nullable: false),
                    ParticipantId = table.Column<int>(type: "integer", nullable: false),
                    Sequence = table.Column<int>(type: "integer", nullable: false),
                    OrgUnitId = table.Column<int>(type: "integer", nullable: false),
                    PlannedStart = table.Column<DateOnly>(type: "date", nullable: false),
                    PlannedEnd = table.Column<DateOnly>(type: "date", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RotationPlacements", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RotationPlacements_OrgUnits_OrgUnitId",
                        column: x => x.OrgUnitId,
                        principalTable: "OrgUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_RotationPlacements_Participants_ParticipantId",
                        column: x => x.ParticipantId,
                        principalTable: "Participants",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_RotationPlacements_RotationPlans_PlanId",
                        column: x => x.PlanId,
                        principalTable: "RotationPlans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "RotationProposalItems",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    PlanId = table.Column<int>(type: "integer", nullable: false),
                    ParticipantId = table.Column<int>(type: "integer", nullable: false),
                    Sequence = table.Column<int>(type: "integer", nullable: false),
                    Period = table.Column<int>(type: "integer", nullable: false),
                    OrgUnitId = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RotationProposalItems", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RotationProposalItems_OrgUnits_OrgUnitId",
                        column: x => x.OrgUnitId,
                        principalTable: "OrgUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_RotationProposalItems_Participants_ParticipantId",
                        column: x => x.ParticipantId,
                        principalTable: "Participants",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_RotationProposalItems_RotationPlans_PlanId",
                        column: x => x.PlanId,
                        principalTable: "RotationPlans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "RotationUnplaced",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    PlanId = table.Column<int>(type: "integer", nullable: false),
                    ParticipantId = table.Column<int>(type: "integer", nullable: false),
                    Code = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    Reason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RotationUnplaced", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RotationUnplaced_Participants_ParticipantId",
                        column: x => x.ParticipantId,
                        principalTable: "Participants",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_RotationUnplaced_RotationPlans_PlanId",
                        column: x => x.PlanId,
                        principalTable: "RotationPlans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "RotationPreferences",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    MemberId = table.Column<int>(type: "integer", nullable: false),
                    OrgUnitId = table.Column<int>(type: "integer", nullable: false),
                    Score = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RotationPreferences", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RotationPreferences_OrgUnits_OrgUnitId",
                        column: x => x.OrgUnitId,
                        principalTable: "OrgUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_RotationPreferences_RotationMembers_MemberId",
                        column: x => x.MemberId,
                        principalTable: "RotationMembers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ParticipantStages_HostOrgUnitId",
                table: "ParticipantStages",
                column: "HostOrgUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_RotationMembers_ParticipantId",
                table: "RotationMembers",
                column: "ParticipantId");

            migrationBuilder.CreateIndex(
                name: "IX_RotationMembers_PlanId_ParticipantId",
                table: "RotationMembers",
                columns: new[] { "PlanId", "ParticipantId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RotationOffers_OrgUnitId",
                table: "RotationOffers",
                column: "OrgUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_RotationOffers_PlanId_OrgUnitId",
                table: "RotationOffers",
                columns: new[] { "PlanId", "OrgUnitId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RotationPlacements_OrgUnitId",
                table: "RotationPlacements",
                column: "OrgUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_RotationPlacements_ParticipantId_Sequence",
                table: "RotationPlacements",
                columns: new[] { "ParticipantId", "Sequence" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RotationPlacements_PlanId",
                table: "RotationPlacements",
                column: "PlanId");

            migrationBuilder.CreateIndex(
                name: "IX_RotationPlans_CohortId",
                table: "RotationPlans",
                column: "CohortId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RotationPreferences_MemberId_OrgUnitId",
                table: "RotationPreferences",
                columns: new[] { "MemberId", "OrgUnitId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RotationPreferences_OrgUnitId",
                table: "RotationPreferences",
                column: "OrgUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_RotationProposalItems_OrgUnitId",
                table: "RotationProposalItems",
                column: "OrgUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_RotationProposalItems_ParticipantId",
                table: "RotationProposalItems",
                column: "ParticipantId");

            migrationBuilder.CreateIndex(
                name: "IX_RotationProposalItems_PlanId_ParticipantId_Sequence",
                table: "RotationProposalItems",
                columns: new[] { "PlanId", "ParticipantId", "Sequence" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RotationUnplaced_ParticipantId",
                table: "RotationUnplaced",
                column: "ParticipantId");

            migrationBuilder.CreateIndex(
                name: "IX_RotationUnplaced_PlanId_ParticipantId",
                table: "RotationUnplaced",
                columns: new[] { "PlanId", "ParticipantId" },
                unique: true);

            migrationBuilder.AddForeignKey(
                name: "FK_ParticipantStages_OrgUnits_HostOrgUnitId",
                table: "ParticipantStages",
                column: "HostOrgUnitId",
                principalTable: "OrgUnits",
                principalColumn: "Id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_ParticipantStages_OrgUnits_HostOrgUnitId",
                table: "ParticipantStages");

            migrationBuilder.DropTable(
                name: "RotationOffers");

            migrationBuilder.DropTable(
                name: "RotationPlacements");

            migrationBuilder.DropTable(
                name: "RotationPreferences");

            migrationBuilder.DropTable(
                name: "RotationProposalItems");

            migrationBuilder.DropTable(
                name: "RotationUnplaced");

            migrationBuilder.DropTable(
                name: "RotationMembers");

            migrationBuilder.DropTable(
                name: "RotationPlans");

            migrationBuilder.DropIndex(
                name: "IX_ParticipantStages_HostOrgUnitId",
                table: "ParticipantStages");

            migrationBuilder.DropColumn(
                name: "HostOrgUnitId",
                table: "ParticipantStages");
        }
    }
}
