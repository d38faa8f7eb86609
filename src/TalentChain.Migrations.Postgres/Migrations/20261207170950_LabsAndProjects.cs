using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace TalentChain.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class LabsAndProjects : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "LabBadgeImports",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    FileName = table.Column<string>(type: "character varying(260)", maxLength: 260, nullable: false),
                    ImportedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    ImportedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Rows = table.Column<int>(type: "integer", nullable: false),
                    Unauthorised = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LabBadgeImports", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "LabBadgeNumbers",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    EmployeeId = table.Column<int>(type: "integer", nullable: false),
                    Number = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LabBadgeNumbers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LabBadgeNumbers_Employees_EmployeeId",
                        column: x => x.EmployeeId,
                        principalTable: "Employees",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "LabQualificationTypes",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Code = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    NameZh = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Description = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    ValidityMonths = table.Column<int>(type: "integer", nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LabQualificationTypes", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "LabUnits",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ParentId = table.Column<int>(type: "integer", nullable: true),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Code = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    NameZh = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Segment = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    Site = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LabUnits", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LabUnits_LabUnits_ParentId",
                        column: x => x.ParentId,
                        principalTable: "LabUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PlacementRounds",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CohortId = table.Column<int>(type: "integer", nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    PlanGapWeight = table.Column<int>(type: "integer", nullable: false),
                    NewSegmentWeight = table.Column<int>(type: "integer", nullable: false),
                    NewUnitWeight = table.Column<int>(type: "integer", nullable: false),
                    MaxRolesPerParticipant = table.Column<int>(type: "integer", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    SolvedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Placed = table.Column<int>(type: "integer", nullable: true),
                    TotalValue = table.Column<long>(type: "bigint", nullable: true),
                    Optimal = table.Column<bool>(type: "boolean", nullable: false),
                    CertificateVerified = table.Column<bool>(type: "boolean", nullable: false),
                    PublishedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    PublishedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true)
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Code = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    TitleZh = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    Kind = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    Segment = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    LeadUnitId = table.Column<int>(type: "integer", nullable: false),
                    SponsorEmployeeId = table.Column<int>(type: "integer", nullable: false),
                    StartDate = table.Column<DateOnly>(type: "date", nullable: false),
                    EndDate = table.Column<DateOnly>(type: "date", nullable: false),
                    Classification = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false)
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
                name: "LabQualificationCourses",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    QualificationTypeId = table.Column<int>(type: "integer", nullable: false),
                    CourseId = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LabQualificationCourses", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LabQualificationCourses_Courses_CourseId",
                        column: x => x.CourseId,
                        principalTable: "Courses",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_LabQualificationCourses_LabQualificationTypes_Qualification~",
                        column: x => x.QualificationTypeId,
                        principalTable: "LabQualificationTypes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "LabQualificationRecords",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    EmployeeId = table.Column<int>(type: "integer", nullable: false),
                    QualificationTypeId = table.Column<int>(type: "integer", nullable: false),
                    GrantedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    ExpiresOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Source = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    CourseCode = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    SessionId = table.Column<int>(type: "integer", nullable: true),
                    RecordedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    Note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    EvidenceFileName = table.Column<string>(type: "character varying(260)", maxLength: 260, nullable: true),
                    EvidenceContentType = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    EvidenceContent = table.Column<byte[]>(type: "bytea", nullable: true),
                    RevokedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    RevokedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    RevokeReason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LabQualificationRecords", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LabQualificationRecords_Employees_EmployeeId",
                        column: x => x.EmployeeId,
                        principalTable: "Employees",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_LabQualificationRecords_LabQualificationTypes_Qualification~",
                        column: x => x.QualificationTypeId,
                        principalTable: "LabQualificationTypes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "LabAccessGrants",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    EmployeeId = table.Column<int>(type: "integer", nullable: false),
                    LabUnitId = table.Column<int>(type: "integer", nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    RequestedFrom = table.Column<DateOnly>(type: "date", nullable: false),
                    RequestedTo = table.Column<DateOnly>(type: "date", nullable: false),
                    RequestedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    RequestedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    StartsOn = table.Column<DateOnly>(type: "date", nullable: true),
                    EndsOn = table.Column<DateOnly>(type: "date", nullable: true),
                    DecidedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    DecidedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    DecisionNote = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    SuspendedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    SuspendedForTypeId = table.Column<int>(type: "integer", nullable: true),
                    ReinstatedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    RevokedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    RevokedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    RevokeReason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LabAccessGrants", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LabAccessGrants_Employees_EmployeeId",
                        column: x => x.EmployeeId,
                        principalTable: "Employees",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_LabAccessGrants_LabQualificationTypes_SuspendedForTypeId",
                        column: x => x.SuspendedForTypeId,
                        principalTable: "LabQualificationTypes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_LabAccessGrants_LabUnits_LabUnitId",
                        column: x => x.LabUnitId,
                        principalTable: "LabUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "LabManagers",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    LabUnitId = table.Column<int>(type: "integer", nullable: false),
                    EmployeeId = table.Column<int>(type: "integer", nullable: false),
                    Deputy = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LabManagers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LabManagers_Employees_EmployeeId",
                        column: x => x.EmployeeId,
                        principalTable: "Employees",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_LabManagers_LabUnits_LabUnitId",
                        column: x => x.LabUnitId,
                        principalTable: "LabUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "LabRequirements",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    LabUnitId = table.Column<int>(type: "integer", nullable: false),
                    QualificationTypeId = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LabRequirements", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LabRequirements_LabQualificationTypes_QualificationTypeId",
                        column: x => x.QualificationTypeId,
                        principalTable: "LabQualificationTypes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_LabRequirements_LabUnits_LabUnitId",
                        column: x => x.LabUnitId,
                        principalTable: "LabUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PlacementRoundParticipants",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    RoundId = table.Column<int>(type: "integer", nullable: false),
                    ParticipantId = table.Column<int>(type: "integer", nullable: false)
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ProjectId = table.Column<int>(type: "integer", nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    TitleZh = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Seats = table.Column<int>(type: "integer", nullable: false),
                    StartDate = table.Column<DateOnly>(type: "date", nullable: false),
                    EndDate = table.Column<DateOnly>(type: "date", nullable: false)
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
                name: "LabBadgeEntries",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ImportId = table.Column<int>(type: "integer", nullable: false),
                    EmployeeId = table.Column<int>(type: "integer", nullable: false),
                    AreaId = table.Column<int>(type: "integer", nullable: false),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Flag = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    FlagDate = table.Column<DateOnly>(type: "date", nullable: true),
                    FlagTypeId = table.Column<int>(type: "integer", nullable: true),
                    GrantId = table.Column<int>(type: "integer", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LabBadgeEntries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LabBadgeEntries_Employees_EmployeeId",
                        column: x => x.EmployeeId,
                        principalTable: "Employees",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_LabBadgeEntries_LabAccessGrants_GrantId",
                        column: x => x.GrantId,
                        principalTable: "LabAccessGrants",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_LabBadgeEntries_LabBadgeImports_ImportId",
                        column: x => x.ImportId,
                        principalTable: "LabBadgeImports",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_LabBadgeEntries_LabQualificationTypes_FlagTypeId",
                        column: x => x.FlagTypeId,
                        principalTable: "LabQualificationTypes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_LabBadgeEntries_LabUnits_AreaId",
                        column: x => x.AreaId,
                        principalTable: "LabUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PlacementAssignments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    RoundId = table.Column<int>(type: "integer", nullable: false),
                    ParticipantId = table.Column<int>(type: "integer", nullable: false),
                    RoleId = table.Column<int>(type: "integer", nullable: false),
                    PlanGapValue = table.Column<int>(type: "integer", nullable: false),
                    NewSegmentValue = table.Column<int>(type: "integer", nullable: false),
                    NewUnitValue = table.Column<int>(type: "integer", nullable: false),
                    Pinned = table.Column<bool>(type: "boolean", nullable: false)
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    RoundId = table.Column<int>(type: "integer", nullable: false),
                    RoleId = table.Column<int>(type: "integer", nullable: false),
                    Period = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false)
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    RoundId = table.Column<int>(type: "integer", nullable: false),
                    ParticipantId = table.Column<int>(type: "integer", nullable: false),
                    RoleId = table.Column<int>(type: "integer", nullable: false),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false)
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    RoundId = table.Column<int>(type: "integer", nullable: false),
                    ParticipantId = table.Column<int>(type: "integer", nullable: false),
                    Kind = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    NearestRoleId = table.Column<int>(type: "integer", nullable: true),
                    MissingSkillId = table.Column<int>(type: "integer", nullable: true),
                    MissingLevel = table.Column<int>(type: "integer", nullable: true)
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ProjectId = table.Column<int>(type: "integer", nullable: false),
                    RoleId = table.Column<int>(type: "integer", nullable: true),
                    EmployeeId = table.Column<int>(type: "integer", nullable: false),
                    From = table.Column<DateOnly>(type: "date", nullable: false),
                    To = table.Column<DateOnly>(type: "date", nullable: false),
                    Source = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    RoundId = table.Column<int>(type: "integer", nullable: true),
                    PlacementKey = table.Column<Guid>(type: "uuid", nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false)
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    RoleId = table.Column<int>(type: "integer", nullable: false),
                    TaxonomyNodeId = table.Column<int>(type: "integer", nullable: false),
                    MinLevel = table.Column<int>(type: "integer", nullable: false)
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
                name: "IX_LabAccessGrants_EmployeeId",
                table: "LabAccessGrants",
                column: "EmployeeId");

            migrationBuilder.CreateIndex(
                name: "IX_LabAccessGrants_LabUnitId_Status",
                table: "LabAccessGrants",
                columns: new[] { "LabUnitId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_LabAccessGrants_SuspendedForTypeId",
                table: "LabAccessGrants",
                column: "SuspendedForTypeId");

            migrationBuilder.CreateIndex(
                name: "IX_LabBadgeEntries_AreaId",
                table: "LabBadgeEntries",
                column: "AreaId");

            migrationBuilder.CreateIndex(
                name: "IX_LabBadgeEntries_At",
                table: "LabBadgeEntries",
                column: "At");

            migrationBuilder.CreateIndex(
                name: "IX_LabBadgeEntries_EmployeeId_AreaId_At",
                table: "LabBadgeEntries",
                columns: new[] { "EmployeeId", "AreaId", "At" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_LabBadgeEntries_FlagTypeId",
                table: "LabBadgeEntries",
                column: "FlagTypeId");

            migrationBuilder.CreateIndex(
                name: "IX_LabBadgeEntries_GrantId",
                table: "LabBadgeEntries",
                column: "GrantId");

            migrationBuilder.CreateIndex(
                name: "IX_LabBadgeEntries_ImportId",
                table: "LabBadgeEntries",
                column: "ImportId");

            migrationBuilder.CreateIndex(
                name: "IX_LabBadgeNumbers_EmployeeId",
                table: "LabBadgeNumbers",
                column: "EmployeeId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_LabBadgeNumbers_Number",
                table: "LabBadgeNumbers",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_LabManagers_EmployeeId",
                table: "LabManagers",
                column: "EmployeeId");

            migrationBuilder.CreateIndex(
                name: "IX_LabManagers_LabUnitId_EmployeeId",
                table: "LabManagers",
                columns: new[] { "LabUnitId", "EmployeeId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_LabQualificationCourses_CourseId",
                table: "LabQualificationCourses",
                column: "CourseId");

            migrationBuilder.CreateIndex(
                name: "IX_LabQualificationCourses_QualificationTypeId_CourseId",
                table: "LabQualificationCourses",
                columns: new[] { "QualificationTypeId", "CourseId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_LabQualificationRecords_EmployeeId_QualificationTypeId",
                table: "LabQualificationRecords",
                columns: new[] { "EmployeeId", "QualificationTypeId" });

            migrationBuilder.CreateIndex(
                name: "IX_LabQualificationRecords_ExpiresOn",
                table: "LabQualificationRecords",
                column: "ExpiresOn");

            migrationBuilder.CreateIndex(
                name: "IX_LabQualificationRecords_QualificationTypeId",
                table: "LabQualificationRecords",
                column: "QualificationTypeId");

            migrationBuilder.CreateIndex(
                name: "IX_LabQualificationTypes_Code",
                table: "LabQualificationTypes",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_LabRequirements_LabUnitId_QualificationTypeId",
                table: "LabRequirements",
                columns: new[] { "LabUnitId", "QualificationTypeId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_LabRequirements_QualificationTypeId",
                table: "LabRequirements",
                column: "QualificationTypeId");

            migrationBuilder.CreateIndex(
                name: "IX_LabUnits_Code",
                table: "LabUnits",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_LabUnits_ParentId",
                table: "LabUnits",
                column: "ParentId");

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
                name: "LabBadgeEntries");

            migrationBuilder.DropTable(
                name: "LabBadgeNumbers");

            migrationBuilder.DropTable(
                name: "LabManagers");

            migrationBuilder.DropTable(
                name: "LabQualificationCourses");

            migrationBuilder.DropTable(
                name: "LabQualificationRecords");

            migrationBuilder.DropTable(
                name: "LabRequirements");

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
                name: "LabAccessGrants");

            migrationBuilder.DropTable(
                name: "LabBadgeImports");

            migrationBuilder.DropTable(
                name: "PlacementRounds");

            migrationBuilder.DropTable(
                name: "ProjectRoles");

            migrationBuilder.DropTable(
                name: "LabQualificationTypes");

            migrationBuilder.DropTable(
                name: "LabUnits");

            migrationBuilder.DropTable(
                name: "StrategicProjects");
        }
    }
}
