using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TalentChain.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class MentoringAndRotations : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "HostOrgUnitId",
                table: "ParticipantStages",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "EndNote",
                table: "MentorAssignments",
                type: "TEXT",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "EndReason",
                table: "MentorAssignments",
                type: "TEXT",
                maxLength: 30,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Rating",
                table: "MentorAssignments",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "RoundId",
                table: "MentorAssignments",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "MentoringMeetings",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    MentorAssignmentId = table.Column<int>(type: "INTEGER", nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    DurationMinutes = table.Column<int>(type: "INTEGER", nullable: false),
                    Topic = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Notes = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Rating = table.Column<int>(type: "INTEGER", nullable: true),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    RecordedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MentoringMeetings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MentoringMeetings_MentorAssignments_MentorAssignmentId",
                        column: x => x.MentorAssignmentId,
                        principalTable: "MentorAssignments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "MentoringRounds",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CohortId = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    OpenedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    OpenedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    PublishedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    PublishedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    ImportedInstanceJson = table.Column<string>(type: "TEXT", nullable: true),
                    ProposalJson = table.Column<string>(type: "TEXT", nullable: true),
                    ProposedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ProposalSource = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MentoringRounds", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MentoringRounds_Cohorts_CohortId",
                        column: x => x.CohortId,
                        principalTable: "Cohorts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "MentoringRules",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ProgramId = table.Column<int>(type: "INTEGER", nullable: false),
                    ExcludeManagementChain = table.Column<bool>(type: "INTEGER", nullable: false),
                    TechnicalMinLevel = table.Column<int>(type: "INTEGER", nullable: false),
                    CareerOtherUnit = table.Column<bool>(type: "INTEGER", nullable: false),
                    PeerMinTenureYears = table.Column<int>(type: "INTEGER", nullable: false),
                    PeerMaxTenureYears = table.Column<int>(type: "INTEGER", nullable: false),
                    PeerMaxGrade = table.Column<int>(type: "INTEGER", nullable: true),
                    PeerMaxTitle = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    WeightSkill = table.Column<int>(type: "INTEGER", nullable: false),
                    WeightSegment = table.Column<int>(type: "INTEGER", nullable: false),
                    WeightSite = table.Column<int>(type: "INTEGER", nullable: false),
                    WeightRating = table.Column<int>(type: "INTEGER", nullable: false),
                    WeightPreference = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MentoringRules", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MentoringRules_DevelopmentPrograms_ProgramId",
                        column: x => x.ProgramId,
                        principalTable: "DevelopmentPrograms",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "MentoringWaitlist",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ParticipantId = table.Column<int>(type: "INTEGER", nullable: false),
                    Role = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Detail = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    RoundId = table.Column<int>(type: "INTEGER", nullable: true),
                    EndedAssignmentId = table.Column<int>(type: "INTEGER", nullable: true),
                    AddedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    FilledOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    FilledByRoundId = table.Column<int>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MentoringWaitlist", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MentoringWaitlist_Participants_ParticipantId",
                        column: x => x.ParticipantId,
                        principalTable: "Participants",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "RotationPlans",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CohortId = table.Column<int>(type: "INTEGER", nullable: false),
                    FirstPeriodStart = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    PeriodMonths = table.Column<int>(type: "INTEGER", nullable: false),
                    Periods = table.Column<int>(type: "INTEGER", nullable: false),
                    RotationsPerParticipant = table.Column<int>(type: "INTEGER", nullable: false),
                    MinSegments = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ProposedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ProposalSource = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    ProposalPlaced = table.Column<int>(type: "INTEGER", nullable: true),
                    ProposalScore = table.Column<long>(type: "INTEGER", nullable: true),
                    BoundPlaced = table.Column<long>(type: "INTEGER", nullable: true),
                    BoundScore = table.Column<long>(type: "INTEGER", nullable: true),
                    ProposalOptimal = table.Column<bool>(type: "INTEGER", nullable: false),
                    ProposalEdited = table.Column<bool>(type: "INTEGER", nullable: false),
                    PublishedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    PublishedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
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
                name: "MentoringPairRules",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RoundId = table.Column<int>(type: "INTEGER", nullable: false),
                    ParticipantId = table.Column<int>(type: "INTEGER", nullable: false),
                    MentorEmployeeId = table.Column<int>(type: "INTEGER", nullable: false),
                    Role = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    SetBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MentoringPairRules", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MentoringPairRules_Employees_MentorEmployeeId",
                        column: x => x.MentorEmployeeId,
                        principalTable: "Employees",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_MentoringPairRules_MentoringRounds_RoundId",
                        column: x => x.RoundId,
                        principalTable: "MentoringRounds",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_MentoringPairRules_Participants_ParticipantId",
                        column: x => x.ParticipantId,
                        principalTable: "Participants",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "MentoringRoundParticipants",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RoundId = table.Column<int>(type: "INTEGER", nullable: false),
                    ParticipantId = table.Column<int>(type: "INTEGER", nullable: false),
                    Roles = table.Column<string>(type: "TEXT", nullable: false),
                    FocusSkillId = table.Column<int>(type: "INTEGER", nullable: true),
                    PreferredMentorIds = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MentoringRoundParticipants", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MentoringRoundParticipants_MentoringRounds_RoundId",
                        column: x => x.RoundId,
                        principalTable: "MentoringRounds",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_MentoringRoundParticipants_Participants_ParticipantId",
                        column: x => x.ParticipantId,
                        principalTable: "Participants",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_MentoringRoundParticipants_TaxonomyNodes_FocusSkillId",
                        column: x => x.FocusSkillId,
                        principalTable: "TaxonomyNodes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "MentoringVolunteers",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RoundId = table.Column<int>(type: "INTEGER", nullable: false),
                    EmployeeId = table.Column<int>(type: "INTEGER", nullable: false),
                    Technical = table.Column<int>(type: "INTEGER", nullable: false),
                    Career = table.Column<int>(type: "INTEGER", nullable: false),
                    Peer = table.Column<int>(type: "INTEGER", nullable: false),
                    Total = table.Column<int>(type: "INTEGER", nullable: false),
                    AddedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MentoringVolunteers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MentoringVolunteers_Employees_EmployeeId",
                        column: x => x.EmployeeId,
                        principalTable: "Employees",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_MentoringVolunteers_MentoringRounds_RoundId",
                        column: x => x.RoundId,
                        principalTable: "MentoringRounds",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "RotationMembers",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PlanId = table.Column<int>(type: "INTEGER", nullable: false),
                    ParticipantId = table.Column<int>(type: "INTEGER", nullable: false),
                    StartPeriod = table.Column<int>(type: "INTEGER", nullable: false)
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
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PlanId = table.Column<int>(type: "INTEGER", nullable: false),
                    OrgUnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    Places = table.Column<string>(type: "TEXT", nullable: false)
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
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PlanId = table.Column<int>(type: "INTEGER", nullable: false),
                    ParticipantId = table.Column<int>(type: "INTEGER", nullable: false),
                    Sequence = table.Column<int>(type: "INTEGER", nullable: false),
                    OrgUnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    PlannedStart = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    PlannedEnd = table.Column<DateOnly>(type: "TEXT", nullable: false)
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
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PlanId = table.Column<int>(type: "INTEGER", nullable: false),
                    ParticipantId = table.Column<int>(type: "INTEGER", nullable: false),
                    Sequence = table.Column<int>(type: "INTEGER", nullable: false),
                    Period = table.Column<int>(type: "INTEGER", nullable: false),
                    OrgUnitId = table.Column<int>(type: "INTEGER", nullable: false)
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
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PlanId = table.Column<int>(type: "INTEGER", nullable: false),
                    ParticipantId = table.Column<int>(type: "INTEGER", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false)
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
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    MemberId = table.Column<int>(type: "INTEGER", nullable: false),
                    OrgUnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    Score = table.Column<int>(type: "INTEGER", nullable: false)
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
                name: "IX_MentorAssignments_RoundId",
                table: "MentorAssignments",
                column: "RoundId");

            migrationBuilder.CreateIndex(
                name: "IX_MentoringMeetings_MentorAssignmentId",
                table: "MentoringMeetings",
                column: "MentorAssignmentId");

            migrationBuilder.CreateIndex(
                name: "IX_MentoringPairRules_MentorEmployeeId",
                table: "MentoringPairRules",
                column: "MentorEmployeeId");

            migrationBuilder.CreateIndex(
                name: "IX_MentoringPairRules_ParticipantId",
                table: "MentoringPairRules",
                column: "ParticipantId");

            migrationBuilder.CreateIndex(
                name: "IX_MentoringPairRules_RoundId_ParticipantId_MentorEmployeeId",
                table: "MentoringPairRules",
                columns: new[] { "RoundId", "ParticipantId", "MentorEmployeeId" });

            migrationBuilder.CreateIndex(
                name: "IX_MentoringRoundParticipants_FocusSkillId",
                table: "MentoringRoundParticipants",
                column: "FocusSkillId");

            migrationBuilder.CreateIndex(
                name: "IX_MentoringRoundParticipants_ParticipantId",
                table: "MentoringRoundParticipants",
                column: "ParticipantId");

            migrationBuilder.CreateIndex(
                name: "IX_MentoringRoundParticipants_RoundId_ParticipantId",
                table: "MentoringRoundParticipants",
                columns: new[] { "RoundId", "ParticipantId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_MentoringRounds_CohortId",
                table: "MentoringRounds",
                column: "CohortId");

            migrationBuilder.CreateIndex(
                name: "IX_MentoringRules_ProgramId",
                table: "MentoringRules",
                column: "ProgramId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_MentoringVolunteers_EmployeeId",
                table: "MentoringVolunteers",
                column: "EmployeeId");

            migrationBuilder.CreateIndex(
                name: "IX_MentoringVolunteers_RoundId_EmployeeId",
                table: "MentoringVolunteers",
                columns: new[] { "RoundId", "EmployeeId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_MentoringWaitlist_ParticipantId_Role",
                table: "MentoringWaitlist",
                columns: new[] { "ParticipantId", "Role" });

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
                name: "FK_MentorAssignments_MentoringRounds_RoundId",
                table: "MentorAssignments",
                column: "RoundId",
                principalTable: "MentoringRounds",
                principalColumn: "Id",
                onDelete: ReferentialAction.SetNull);

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
                name: "FK_MentorAssignments_MentoringRounds_RoundId",
                table: "MentorAssignments");

            migrationBuilder.DropForeignKey(
                name: "FK_ParticipantStages_OrgUnits_HostOrgUnitId",
                table: "ParticipantStages");

            migrationBuilder.DropTable(
                name: "MentoringMeetings");

            migrationBuilder.DropTable(
                name: "MentoringPairRules");

            migrationBuilder.DropTable(
                name: "MentoringRoundParticipants");

            migrationBuilder.DropTable(
                name: "MentoringRules");

            migrationBuilder.DropTable(
                name: "MentoringVolunteers");

            migrationBuilder.DropTable(
                name: "MentoringWaitlist");

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
                name: "MentoringRounds");

            migrationBuilder.DropTable(
                name: "RotationMembers");

            migrationBuilder.DropTable(
                name: "RotationPlans");

            migrationBuilder.DropIndex(
                name: "IX_ParticipantStages_HostOrgUnitId",
                table: "ParticipantStages");

            migrationBuilder.DropIndex(
                name: "IX_MentorAssignments_RoundId",
                table: "MentorAssignments");

            migrationBuilder.DropColumn(
                name: "HostOrgUnitId",
                table: "ParticipantStages");

            migrationBuilder.DropColumn(
                name: "EndNote",
                table: "MentorAssignments");

            migrationBuilder.DropColumn(
                name: "EndReason",
                table: "MentorAssignments");

            migrationBuilder.DropColumn(
                name: "Rating",
                table: "MentorAssignments");

            migrationBuilder.DropColumn(
                name: "RoundId",
                table: "MentorAssignments");
        }
    }
}
