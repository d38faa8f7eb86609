using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace TalentChain.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class CareersAndEducation : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "CareerCommittees",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    NameZh = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CareerCommittees", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CareerLadders",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Code = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    NameZh = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Track = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CareerLadders", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "EducationPolicies",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    MasterAnnualCap = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    MasterDegreeCap = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    MasterServiceYears = table.Column<int>(type: "integer", nullable: false),
                    DoctorateAnnualCap = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    DoctorateDegreeCap = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    DoctorateServiceYears = table.Column<int>(type: "integer", nullable: false),
                    EligibleCostTypes = table.Column<string[]>(type: "text[]", nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EducationPolicies", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "EducationShareBands",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    MinGrade = table.Column<int>(type: "integer", nullable: false),
                    MaxGrade = table.Column<int>(type: "integer", nullable: false),
                    SharePercent = table.Column<decimal>(type: "numeric(9,4)", precision: 9, scale: 4, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EducationShareBands", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "EducationUniversities",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    NameZh = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    City = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EducationUniversities", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CareerCommitteeMembers",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CommitteeId = table.Column<int>(type: "integer", nullable: false),
                    EmployeeId = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CareerCommitteeMembers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CareerCommitteeMembers_CareerCommittees_CommitteeId",
                        column: x => x.CommitteeId,
                        principalTable: "CareerCommittees",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_CareerCommitteeMembers_Employees_EmployeeId",
                        column: x => x.EmployeeId,
                        principalTable: "Employees",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "LadderLevels",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    LadderId = table.Column<int>(type: "integer", nullable: false),
                    Rank = table.Column<int>(type: "integer", nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    NameZh = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    YearsBelow = table.Column<int>(type: "integer", nullable: false),
                    MinEducation = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    EvidenceRequired = table.Column<string[]>(type: "text[]", nullable: false),
                    EngineeringRank = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    Grade = table.Column<int>(type: "integer", nullable: true),
                    CompanyRank = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LadderLevels", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LadderLevels_CareerLadders_LadderId",
                        column: x => x.LadderId,
                        principalTable: "CareerLadders",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "TitleCalls",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    LadderId = table.Column<int>(type: "integer", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Deadline = table.Column<DateOnly>(type: "date", nullable: false),
                    PassNumerator = table.Column<int>(type: "integer", nullable: false),
                    PassDenominator = table.Column<int>(type: "integer", nullable: false),
                    CommitteeId = table.Column<int>(type: "integer", nullable: false),
                    NoticeWorkingDays = table.Column<int>(type: "integer", nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TitleCalls", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TitleCalls_CareerCommittees_CommitteeId",
                        column: x => x.CommitteeId,
                        principalTable: "CareerCommittees",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_TitleCalls_CareerLadders_LadderId",
                        column: x => x.LadderId,
                        principalTable: "CareerLadders",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "EducationDegrees",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    EmployeeId = table.Column<int>(type: "integer", nullable: false),
                    UniversityId = table.Column<int>(type: "integer", nullable: false),
                    Programme = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Level = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    StartDate = table.Column<DateOnly>(type: "date", nullable: false),
                    ExpectedEnd = table.Column<DateOnly>(type: "date", nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    AppliedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    AppliedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    ManagerDecisionBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    ManagerDecisionOn = table.Column<DateOnly>(type: "date", nullable: true),
                    DecisionNote = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    ConferredOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EducationDegrees", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EducationDegrees_EducationUniversities_UniversityId",
                        column: x => x.UniversityId,
                        principalTable: "EducationUniversities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_EducationDegrees_Employees_EmployeeId",
                        column: x => x.EmployeeId,
                        principalTable: "Employees",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "EducationProfessors",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    UniversityId = table.Column<int>(type: "integer", nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    NameZh = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Field = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EducationProfessors", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EducationProfessors_EducationUniversities_UniversityId",
                        column: x => x.UniversityId,
                        principalTable: "EducationUniversities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "HeadcountPlans",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    OrgUnitId = table.Column<int>(type: "integer", nullable: false),
                    LevelId = table.Column<int>(type: "integer", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Planned = table.Column<int>(type: "integer", nullable: false),
                    Filled = table.Column<int>(type: "integer", nullable: false),
                    ChangedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_HeadcountPlans", x => x.Id);
                    table.ForeignKey(
                        name: "FK_HeadcountPlans_LadderLevels_LevelId",
                        column: x => x.LevelId,
                        principalTable: "LadderLevels",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_HeadcountPlans_OrgUnits_OrgUnitId",
                        column: x => x.OrgUnitId,
                        principalTable: "OrgUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "TitleApplications",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CallId = table.Column<int>(type: "integer", nullable: false),
                    EmployeeId = table.Column<int>(type: "integer", nullable: false),
                    LevelId = table.Column<int>(type: "integer", nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    CreatedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    SubmittedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Recommendation = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    RecommendedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    RecommendedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    DecidedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    NoticeEnds = table.Column<DateOnly>(type: "date", nullable: true),
                    NoticeProvisional = table.Column<bool>(type: "boolean", nullable: false),
                    CertificateNumber = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    GrantedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TitleApplications", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TitleApplications_Employees_EmployeeId",
                        column: x => x.EmployeeId,
                        principalTable: "Employees",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_TitleApplications_LadderLevels_LevelId",
                        column: x => x.LevelId,
                        principalTable: "LadderLevels",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_TitleApplications_TitleCalls_CallId",
                        column: x => x.CallId,
                        principalTable: "TitleCalls",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "EducationAgreements",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    DegreeId = table.Column<int>(type: "integer", nullable: false),
                    AnnualCap = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    DegreeCap = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    SharePercent = table.Column<decimal>(type: "numeric(9,4)", precision: 9, scale: 4, nullable: false),
                    EligibleCostTypes = table.Column<string[]>(type: "text[]", nullable: false),
                    ServiceYears = table.Column<int>(type: "integer", nullable: false),
                    ServiceStart = table.Column<DateOnly>(type: "date", nullable: true),
                    SignedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    SignedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EducationAgreements", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EducationAgreements_EducationDegrees_DegreeId",
                        column: x => x.DegreeId,
                        principalTable: "EducationDegrees",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "EducationClawbackCases",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    DegreeId = table.Column<int>(type: "integer", nullable: false),
                    EmployeeId = table.Column<int>(type: "integer", nullable: false),
                    DepartureId = table.Column<int>(type: "integer", nullable: false),
                    LastDay = table.Column<DateOnly>(type: "date", nullable: false),
                    ReimbursedTotal = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    ServiceStart = table.Column<DateOnly>(type: "date", nullable: true),
                    ServiceEnd = table.Column<DateOnly>(type: "date", nullable: true),
                    TotalDays = table.Column<int>(type: "integer", nullable: false),
                    RemainingDays = table.Column<int>(type: "integer", nullable: false),
                    Amount = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    OpenedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    SettledOn = table.Column<DateOnly>(type: "date", nullable: true),
                    SettledAmount = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: true),
                    SettledBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    WaiveReason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    WaivedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    WaivedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EducationClawbackCases", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EducationClawbackCases_Departures_DepartureId",
                        column: x => x.DepartureId,
                        principalTable: "Departures",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_EducationClawbackCases_EducationDegrees_DegreeId",
                        column: x => x.DegreeId,
                        principalTable: "EducationDegrees",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_EducationClawbackCases_Employees_EmployeeId",
                        column: x => x.EmployeeId,
                        principalTable: "Employees",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "EducationMilestones",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    DegreeId = table.Column<int>(type: "integer", nullable: false),
                    Kind = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    DueDate = table.Column<DateOnly>(type: "date", nullable: false),
                    CompletedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    CompletedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    Note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EducationMilestones", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EducationMilestones_EducationDegrees_DegreeId",
                        column: x => x.DegreeId,
                        principalTable: "EducationDegrees",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "EducationTuitionClaims",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    DegreeId = table.Column<int>(type: "integer", nullable: false),
                    EmployeeId = table.Column<int>(type: "integer", nullable: false),
                    CostType = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    ExpenseDate = table.Column<DateOnly>(type: "date", nullable: false),
                    Amount = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    Description = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    SubmittedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    SubmittedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    ManagerBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    ManagerOn = table.Column<DateOnly>(type: "date", nullable: true),
                    HrBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    HrOn = table.Column<DateOnly>(type: "date", nullable: true),
                    DecisionNote = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    Eligible = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: true),
                    ApprovedAmount = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: true),
                    Cap = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    CapLimit = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: true),
                    CapAlreadyApproved = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: true),
                    PaidOn = table.Column<DateOnly>(type: "date", nullable: true),
                    PaidAmount = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: true),
                    PaidBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EducationTuitionClaims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EducationTuitionClaims_EducationDegrees_DegreeId",
                        column: x => x.DegreeId,
                        principalTable: "EducationDegrees",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_EducationTuitionClaims_Employees_EmployeeId",
                        column: x => x.EmployeeId,
                        principalTable: "Employees",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "HeadcountReservations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    PlanId = table.Column<int>(type: "integer", nullable: false),
                    ParticipantId = table.Column<int>(type: "integer", nullable: false),
                    Until = table.Column<DateOnly>(type: "date", nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_HeadcountReservations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_HeadcountReservations_HeadcountPlans_PlanId",
                        column: x => x.PlanId,
                        principalTable: "HeadcountPlans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_HeadcountReservations_Participants_ParticipantId",
                        column: x => x.ParticipantId,
                        principalTable: "Participants",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "TitleEvidence",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ApplicationId = table.Column<int>(type: "integer", nullable: false),
                    Type = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Description = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    FileName = table.Column<string>(type: "character varying(260)", maxLength: 260, nullable: false),
                    ContentType = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Size = table.Column<long>(type: "bigint", nullable: false),
                    Content = table.Column<byte[]>(type: "bytea", nullable: false),
                    UploadedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UploadedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TitleEvidence", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TitleEvidence_TitleApplications_ApplicationId",
                        column: x => x.ApplicationId,
                        principalTable: "TitleApplications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "TitleObjections",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ApplicationId = table.Column<int>(type: "integer", nullable: false),
                    Text = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    RaisedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    RaisedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Resolution = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    ResolvedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    ResolvedOn = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TitleObjections", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TitleObjections_TitleApplications_ApplicationId",
                        column: x => x.ApplicationId,
                        principalTable: "TitleApplications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "TitleVotes",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ApplicationId = table.Column<int>(type: "integer", nullable: false),
                    MemberEmployeeId = table.Column<int>(type: "integer", nullable: false),
                    Choice = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Score = table.Column<int>(type: "integer", nullable: false),
                    Comment = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    CastAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TitleVotes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TitleVotes_TitleApplications_ApplicationId",
                        column: x => x.ApplicationId,
                        principalTable: "TitleApplications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "EducationMilestoneEvidence",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    MilestoneId = table.Column<int>(type: "integer", nullable: false),
                    FileName = table.Column<string>(type: "character varying(260)", maxLength: 260, nullable: false),
                    ContentType = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Size = table.Column<long>(type: "bigint", nullable: false),
                    Content = table.Column<byte[]>(type: "bytea", nullable: false),
                    UploadedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UploadedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EducationMilestoneEvidence", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EducationMilestoneEvidence_EducationMilestones_MilestoneId",
                        column: x => x.MilestoneId,
                        principalTable: "EducationMilestones",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "EducationClaimReceipts",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ClaimId = table.Column<int>(type: "integer", nullable: false),
                    FileName = table.Column<string>(type: "character varying(260)", maxLength: 260, nullable: false),
                    ContentType = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Size = table.Column<long>(type: "bigint", nullable: false),
                    Content = table.Column<byte[]>(type: "bytea", nullable: false),
                    UploadedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EducationClaimReceipts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EducationClaimReceipts_EducationTuitionClaims_ClaimId",
                        column: x => x.ClaimId,
                        principalTable: "EducationTuitionClaims",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Appointments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    EmployeeId = table.Column<int>(type: "integer", nullable: false),
                    LevelId = table.Column<int>(type: "integer", nullable: false),
                    OrgUnitId = table.Column<int>(type: "integer", nullable: false),
                    PlanId = table.Column<int>(type: "integer", nullable: false),
                    ReservationId = table.Column<int>(type: "integer", nullable: true),
                    CommitteeId = table.Column<int>(type: "integer", nullable: false),
                    Position = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Reason = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    Evidence = table.Column<string[]>(type: "text[]", nullable: false),
                    NominatedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    NominatedByEmployeeId = table.Column<int>(type: "integer", nullable: true),
                    NominatedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    UnmetAtNomination = table.Column<List<string>>(type: "text[]", nullable: false),
                    NoticeWorkingDays = table.Column<int>(type: "integer", nullable: false),
                    NoticeStarts = table.Column<DateOnly>(type: "date", nullable: true),
                    NoticeEnds = table.Column<DateOnly>(type: "date", nullable: true),
                    NoticeProvisional = table.Column<bool>(type: "boolean", nullable: false),
                    EffectiveOn = table.Column<DateOnly>(type: "date", nullable: true),
                    DecisionNote = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Appointments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Appointments_CareerCommittees_CommitteeId",
                        column: x => x.CommitteeId,
                        principalTable: "CareerCommittees",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Appointments_Employees_EmployeeId",
                        column: x => x.EmployeeId,
                        principalTable: "Employees",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Appointments_HeadcountPlans_PlanId",
                        column: x => x.PlanId,
                        principalTable: "HeadcountPlans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Appointments_HeadcountReservations_ReservationId",
                        column: x => x.ReservationId,
                        principalTable: "HeadcountReservations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_Appointments_LadderLevels_LevelId",
                        column: x => x.LevelId,
                        principalTable: "LadderLevels",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Appointments_OrgUnits_OrgUnitId",
                        column: x => x.OrgUnitId,
                        principalTable: "OrgUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "AppointmentObjections",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    AppointmentId = table.Column<int>(type: "integer", nullable: false),
                    Text = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    RaisedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    RaisedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Resolution = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    ResolvedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    ResolvedOn = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AppointmentObjections", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AppointmentObjections_Appointments_AppointmentId",
                        column: x => x.AppointmentId,
                        principalTable: "Appointments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AppointmentVotes",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    AppointmentId = table.Column<int>(type: "integer", nullable: false),
                    MemberEmployeeId = table.Column<int>(type: "integer", nullable: false),
                    Choice = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Comment = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    CastAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AppointmentVotes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AppointmentVotes_Appointments_AppointmentId",
                        column: x => x.AppointmentId,
                        principalTable: "Appointments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AppointmentObjections_AppointmentId",
                table: "AppointmentObjections",
                column: "AppointmentId");

            migrationBuilder.CreateIndex(
                name: "IX_Appointments_CommitteeId",
                table: "Appointments",
                column: "CommitteeId");

            migrationBuilder.CreateIndex(
                name: "IX_Appointments_EmployeeId",
                table: "Appointments",
                column: "EmployeeId");

            migrationBuilder.CreateIndex(
                name: "IX_Appointments_LevelId",
                table: "Appointments",
                column: "LevelId");

            migrationBuilder.CreateIndex(
                name: "IX_Appointments_OrgUnitId",
                table: "Appointments",
                column: "OrgUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_Appointments_PlanId",
                table: "Appointments",
                column: "PlanId");

            migrationBuilder.CreateIndex(
                name: "IX_Appointments_ReservationId",
                table: "Appointments",
                column: "ReservationId");

            migrationBuilder.CreateIndex(
                name: "IX_AppointmentVotes_AppointmentId_MemberEmployeeId",
                table: "AppointmentVotes",
                columns: new[] { "AppointmentId", "MemberEmployeeId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CareerCommitteeMembers_CommitteeId_EmployeeId",
                table: "CareerCommitteeMembers",
                columns: new[] { "CommitteeId", "EmployeeId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CareerCommitteeMembers_EmployeeId",
                table: "CareerCommitteeMembers",
                column: "EmployeeId");

            migrationBuilder.CreateIndex(
                name: "IX_CareerLadders_Code",
                table: "CareerLadders",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_EducationAgreements_DegreeId",
                table: "EducationAgreements",
                column: "DegreeId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_EducationClaimReceipts_ClaimId",
                table: "EducationClaimReceipts",
                column: "ClaimId");

            migrationBuilder.CreateIndex(
                name: "IX_EducationClawbackCases_DegreeId_DepartureId",
                table: "EducationClawbackCases",
                columns: new[] { "DegreeId", "DepartureId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_EducationClawbackCases_DepartureId",
                table: "EducationClawbackCases",
                column: "DepartureId");

            migrationBuilder.CreateIndex(
                name: "IX_EducationClawbackCases_EmployeeId",
                table: "EducationClawbackCases",
                column: "EmployeeId");

            migrationBuilder.CreateIndex(
                name: "IX_EducationDegrees_EmployeeId",
                table: "EducationDegrees",
                column: "EmployeeId");

            migrationBuilder.CreateIndex(
                name: "IX_EducationDegrees_UniversityId",
                table: "EducationDegrees",
                column: "UniversityId");

            migrationBuilder.CreateIndex(
                name: "IX_EducationMilestoneEvidence_MilestoneId",
                table: "EducationMilestoneEvidence",
                column: "MilestoneId");

            migrationBuilder.CreateIndex(
                name: "IX_EducationMilestones_DegreeId_Kind",
                table: "EducationMilestones",
                columns: new[] { "DegreeId", "Kind" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_EducationProfessors_UniversityId",
                table: "EducationProfessors",
                column: "UniversityId");

            migrationBuilder.CreateIndex(
                name: "IX_EducationTuitionClaims_DegreeId",
                table: "EducationTuitionClaims",
                column: "DegreeId");

            migrationBuilder.CreateIndex(
                name: "IX_EducationTuitionClaims_EmployeeId",
                table: "EducationTuitionClaims",
                column: "EmployeeId");

            migrationBuilder.CreateIndex(
                name: "IX_EducationUniversities_Name",
                table: "EducationUniversities",
                column: "Name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_HeadcountPlans_LevelId",
                table: "HeadcountPlans",
                column: "LevelId");

            migrationBuilder.CreateIndex(
                name: "IX_HeadcountPlans_OrgUnitId_LevelId_Year",
                table: "HeadcountPlans",
                columns: new[] { "OrgUnitId", "LevelId", "Year" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_HeadcountReservations_ParticipantId",
                table: "HeadcountReservations",
                column: "ParticipantId");

            migrationBuilder.CreateIndex(
                name: "IX_HeadcountReservations_PlanId",
                table: "HeadcountReservations",
                column: "PlanId");

            migrationBuilder.CreateIndex(
                name: "IX_LadderLevels_LadderId_Rank",
                table: "LadderLevels",
                columns: new[] { "LadderId", "Rank" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_TitleApplications_CallId_EmployeeId",
                table: "TitleApplications",
                columns: new[] { "CallId", "EmployeeId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_TitleApplications_EmployeeId",
                table: "TitleApplications",
                column: "EmployeeId");

            migrationBuilder.CreateIndex(
                name: "IX_TitleApplications_LevelId",
                table: "TitleApplications",
                column: "LevelId");

            migrationBuilder.CreateIndex(
                name: "IX_TitleCalls_CommitteeId",
                table: "TitleCalls",
                column: "CommitteeId");

            migrationBuilder.CreateIndex(
                name: "IX_TitleCalls_LadderId_Year",
                table: "TitleCalls",
                columns: new[] { "LadderId", "Year" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_TitleEvidence_ApplicationId",
                table: "TitleEvidence",
                column: "ApplicationId");

            migrationBuilder.CreateIndex(
                name: "IX_TitleObjections_ApplicationId",
                table: "TitleObjections",
                column: "ApplicationId");

            migrationBuilder.CreateIndex(
                name: "IX_TitleVotes_ApplicationId_MemberEmployeeId",
                table: "TitleVotes",
                columns: new[] { "ApplicationId", "MemberEmployeeId" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AppointmentObjections");

            migrationBuilder.DropTable(
                name: "AppointmentVotes");

            migrationBuilder.DropTable(
                name: "CareerCommitteeMembers");

            migrationBuilder.DropTable(
                name: "EducationAgreements");

            migrationBuilder.DropTable(
                name: "EducationClaimReceipts");

            migrationBuilder.DropTable(
                name: "EducationClawbackCases");

            migrationBuilder.DropTable(
                name: "EducationMilestoneEvidence");

            migrationBuilder.DropTable(
                name: "EducationPolicies");

            migrationBuilder.DropTable(
                name: "EducationProfessors");

            migrationBuilder.DropTable(
                name: "EducationShareBands");

            migrationBuilder.DropTable(
                name: "TitleEvidence");

            migrationBuilder.DropTable(
                name: "TitleObjections");

            migrationBuilder.DropTable(
                name: "TitleVotes");

            migrationBuilder.DropTable(
                name: "Appointments");

            migrationBuilder.DropTable(
                name: "EducationTuitionClaims");

            migrationBuilder.DropTable(
                name: "EducationMilestones");

            migrationBuilder.DropTable(
                name: "TitleApplications");

            migrationBuilder.DropTable(
                name: "HeadcountReservations");

            migrationBuilder.DropTable(
                name: "EducationDegrees");

            migrationBuilder.DropTable(
                name: "TitleCalls");

            migrationBuilder.DropTable(
                name: "HeadcountPlans");

            migrationBuilder.DropTable(
                name: "EducationUniversities");

            migrationBuilder.DropTable(
                name: "CareerCommittees");

            migrationBuilder.DropTable(
                name: "LadderLevels");

            migrationBuilder.DropTable(
                name: "CareerLadders");
        }
    }
}
