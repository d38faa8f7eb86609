using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace TalentChain.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class Commercialization : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "CommercializationAttachments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Owner = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    OwnerId = table.Column<int>(type: "integer", nullable: false),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    FileName = table.Column<string>(type: "character varying(260)", maxLength: 260, nullable: false),
                    ContentType = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Content = table.Column<byte[]>(type: "bytea", nullable: false),
                    Size = table.Column<long>(type: "bigint", nullable: false),
                    UploadedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    UploadedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CommercializationAttachments", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CommercializationProjects",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Number = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    NameZh = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Description = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    Route = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    BusinessOwnerId = table.Column<int>(type: "integer", nullable: false),
                    CounterpartyName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    CountryCode = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CommercializationProjects", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CommercializationProjects_Employees_BusinessOwnerId",
                        column: x => x.BusinessOwnerId,
                        principalTable: "Employees",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CommercializationRewardPolicies",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    PolicyVersion = table.Column<int>(type: "integer", nullable: false),
                    Percent = table.Column<decimal>(type: "numeric(5,2)", precision: 5, scale: 2, nullable: false),
                    Years = table.Column<int>(type: "integer", nullable: true),
                    EffectiveFrom = table.Column<DateOnly>(type: "date", nullable: false),
                    Note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    CreatedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CommercializationRewardPolicies", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Disclosures",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Number = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    TitleZh = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    Abstract = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Sensitivity = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Controlled = table.Column<bool>(type: "boolean", nullable: false),
                    ConceptionDate = table.Column<DateOnly>(type: "date", nullable: false),
                    DisclosureDate = table.Column<DateOnly>(type: "date", nullable: true),
                    Segment = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Decision = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    DecisionReasons = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    DecidedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    DecidedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    CreatedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    CreatedByEmployeeId = table.Column<int>(type: "integer", nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Disclosures", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ExportTechnologyCatalogue",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Number = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Name = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    NameZh = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    Category = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    ControlPoints = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    SourceDocument = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    VerifiedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ToVerify = table.Column<bool>(type: "boolean", nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ExportTechnologyCatalogue", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SharingSessions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Topic = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    TopicZh = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    SpeakerEmployeeId = table.Column<int>(type: "integer", nullable: false),
                    StartsAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    EndsAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Place = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SharingSessions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SharingSessions_Employees_SpeakerEmployeeId",
                        column: x => x.SpeakerEmployeeId,
                        principalTable: "Employees",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CommercializationDeals",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ProjectId = table.Column<int>(type: "integer", nullable: false),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    CounterpartyName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    CountryCode = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    ContractNumber = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    SignedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    TermEndsOn = table.Column<DateOnly>(type: "date", nullable: true),
                    AgreedPercent = table.Column<decimal>(type: "numeric(5,2)", precision: 5, scale: 2, nullable: true),
                    ExportCheckId = table.Column<int>(type: "integer", nullable: true),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CommercializationDeals", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CommercializationDeals_CommercializationProjects_ProjectId",
                        column: x => x.ProjectId,
                        principalTable: "CommercializationProjects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CommercializationMilestones",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ProjectId = table.Column<int>(type: "integer", nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    DueOn = table.Column<DateOnly>(type: "date", nullable: false),
                    DoneOn = table.Column<DateOnly>(type: "date", nullable: true),
                    OwnerId = table.Column<int>(type: "integer", nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CommercializationMilestones", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CommercializationMilestones_CommercializationProjects_Proje~",
                        column: x => x.ProjectId,
                        principalTable: "CommercializationProjects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_CommercializationMilestones_Employees_OwnerId",
                        column: x => x.OwnerId,
                        principalTable: "Employees",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CommercializationProjectDisclosures",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ProjectId = table.Column<int>(type: "integer", nullable: false),
                    DisclosureId = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CommercializationProjectDisclosures", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CommercializationProjectDisclosures_CommercializationProjec~",
                        column: x => x.ProjectId,
                        principalTable: "CommercializationProjects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_CommercializationProjectDisclosures_Disclosures_DisclosureId",
                        column: x => x.DisclosureId,
                        principalTable: "Disclosures",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "DisclosureEvaluations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    DisclosureId = table.Column<int>(type: "integer", nullable: false),
                    OpenedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    OpenedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    Decision = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    Reasons = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    DecidedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    DecidedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    TradeSecretDataSetId = table.Column<int>(type: "integer", nullable: true),
                    TradeSecretLink = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DisclosureEvaluations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DisclosureEvaluations_Disclosures_DisclosureId",
                        column: x => x.DisclosureId,
                        principalTable: "Disclosures",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "DisclosureInventors",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    DisclosureId = table.Column<int>(type: "integer", nullable: false),
                    EmployeeId = table.Column<int>(type: "integer", nullable: false),
                    SharePercent = table.Column<decimal>(type: "numeric(5,2)", precision: 5, scale: 2, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DisclosureInventors", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DisclosureInventors_Disclosures_DisclosureId",
                        column: x => x.DisclosureId,
                        principalTable: "Disclosures",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_DisclosureInventors_Employees_EmployeeId",
                        column: x => x.EmployeeId,
                        principalTable: "Employees",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "DisclosureTechnologies",
                columns: table => new
                {
                    DisclosureId = table.Column<int>(type: "integer", nullable: false),
                    TaxonomyNodeId = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DisclosureTechnologies", x => new { x.DisclosureId, x.TaxonomyNodeId });
                    table.ForeignKey(
                        name: "FK_DisclosureTechnologies_Disclosures_DisclosureId",
                        column: x => x.DisclosureId,
                        principalTable: "Disclosures",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_DisclosureTechnologies_TaxonomyNodes_TaxonomyNodeId",
                        column: x => x.TaxonomyNodeId,
                        principalTable: "TaxonomyNodes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PatentFamilies",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Reference = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    DisclosureId = table.Column<int>(type: "integer", nullable: false),
                    Title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    OwnerEmployeeId = table.Column<int>(type: "integer", nullable: true),
                    CreatedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PatentFamilies", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PatentFamilies_Disclosures_DisclosureId",
                        column: x => x.DisclosureId,
                        principalTable: "Disclosures",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PatentFamilies_Employees_OwnerEmployeeId",
                        column: x => x.OwnerEmployeeId,
                        principalTable: "Employees",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ExportTechnologyCatalogueNodes",
                columns: table => new
                {
                    ItemId = table.Column<int>(type: "integer", nullable: false),
                    TaxonomyNodeId = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ExportTechnologyCatalogueNodes", x => new { x.ItemId, x.TaxonomyNodeId });
                    table.ForeignKey(
                        name: "FK_ExportTechnologyCatalogueNodes_ExportTechnologyCatalogue_It~",
                        column: x => x.ItemId,
                        principalTable: "ExportTechnologyCatalogue",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ExportTechnologyCatalogueNodes_TaxonomyNodes_TaxonomyNodeId",
                        column: x => x.TaxonomyNodeId,
                        principalTable: "TaxonomyNodes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ExportTechnologyChecks",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Number = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    SourceKey = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    LiveKey = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Description = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    CounterpartyName = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    CountryCode = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    Kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    RequestedByEmployeeId = table.Column<int>(type: "integer", nullable: false),
                    Status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Category = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    CatalogueItemId = table.Column<int>(type: "integer", nullable: true),
                    ClassificationNote = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Reason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    RequestedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    DecidedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    DecidedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ExportTechnologyChecks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ExportTechnologyChecks_Employees_RequestedByEmployeeId",
                        column: x => x.RequestedByEmployeeId,
                        principalTable: "Employees",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ExportTechnologyChecks_ExportTechnologyCatalogue_CatalogueI~",
                        column: x => x.CatalogueItemId,
                        principalTable: "ExportTechnologyCatalogue",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "SharingSessionAttendees",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    SessionId = table.Column<int>(type: "integer", nullable: false),
                    EmployeeId = table.Column<int>(type: "integer", nullable: false),
                    RegisteredAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Attended = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SharingSessionAttendees", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SharingSessionAttendees_Employees_EmployeeId",
                        column: x => x.EmployeeId,
                        principalTable: "Employees",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_SharingSessionAttendees_SharingSessions_SessionId",
                        column: x => x.SessionId,
                        principalTable: "SharingSessions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SharingSessionDisclosures",
                columns: table => new
                {
                    SessionId = table.Column<int>(type: "integer", nullable: false),
                    DisclosureId = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SharingSessionDisclosures", x => new { x.SessionId, x.DisclosureId });
                    table.ForeignKey(
                        name: "FK_SharingSessionDisclosures_Disclosures_DisclosureId",
                        column: x => x.DisclosureId,
                        principalTable: "Disclosures",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_SharingSessionDisclosures_SharingSessions_SessionId",
                        column: x => x.SessionId,
                        principalTable: "SharingSessions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CommercializationRevenue",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    DealId = table.Column<int>(type: "integer", nullable: false),
                    ReceivedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    AmountCny = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    EquityShares = table.Column<decimal>(type: "numeric(18,0)", precision: 18, scale: 0, nullable: true),
                    EquityPercent = table.Column<decimal>(type: "numeric(7,4)", precision: 7, scale: 4, nullable: true),
                    PatentCostCny = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    LegalCostCny = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    EvaluationCostCny = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    TaxCny = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    Note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    RecordedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    RecordedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CommercializationRevenue", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CommercializationRevenue_CommercializationDeals_DealId",
                        column: x => x.DealId,
                        principalTable: "CommercializationDeals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CommercializationRewardFunds",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    DealId = table.Column<int>(type: "integer", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    CommittedCny = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    CommittedShares = table.Column<decimal>(type: "numeric(18,0)", precision: 18, scale: 0, nullable: false),
                    ChangedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CommercializationRewardFunds", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CommercializationRewardFunds_CommercializationDeals_DealId",
                        column: x => x.DealId,
                        principalTable: "CommercializationDeals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "DisclosureEvaluationMembers",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    EvaluationId = table.Column<int>(type: "integer", nullable: false),
                    EmployeeId = table.Column<int>(type: "integer", nullable: false),
                    Novelty = table.Column<int>(type: "integer", nullable: true),
                    Trl = table.Column<int>(type: "integer", nullable: true),
                    Market = table.Column<int>(type: "integer", nullable: true),
                    StrategicFit = table.Column<int>(type: "integer", nullable: true),
                    Comment = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    ScoredAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DisclosureEvaluationMembers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DisclosureEvaluationMembers_DisclosureEvaluations_Evaluatio~",
                        column: x => x.EvaluationId,
                        principalTable: "DisclosureEvaluations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_DisclosureEvaluationMembers_Employees_EmployeeId",
                        column: x => x.EmployeeId,
                        principalTable: "Employees",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "LegalRequests",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Kind = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    DisclosureId = table.Column<int>(type: "integer", nullable: true),
                    PatentFamilyId = table.Column<int>(type: "integer", nullable: true),
                    Question = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    RequestedByEmployeeId = table.Column<int>(type: "integer", nullable: true),
                    RequestedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    RequestedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CounselEmployeeId = table.Column<int>(type: "integer", nullable: true),
                    DueOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Outcome = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: true),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LegalRequests", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LegalRequests_Disclosures_DisclosureId",
                        column: x => x.DisclosureId,
                        principalTable: "Disclosures",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_LegalRequests_Employees_CounselEmployeeId",
                        column: x => x.CounselEmployeeId,
                        principalTable: "Employees",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_LegalRequests_Employees_RequestedByEmployeeId",
                        column: x => x.RequestedByEmployeeId,
                        principalTable: "Employees",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_LegalRequests_PatentFamilies_PatentFamilyId",
                        column: x => x.PatentFamilyId,
                        principalTable: "PatentFamilies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PatentFilings",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    FamilyId = table.Column<int>(type: "integer", nullable: false),
                    Office = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    ParentFilingId = table.Column<int>(type: "integer", nullable: true),
                    ApplicationNumber = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: true),
                    FilingDate = table.Column<DateOnly>(type: "date", nullable: true),
                    PriorityDate = table.Column<DateOnly>(type: "date", nullable: true),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    GrantDate = table.Column<DateOnly>(type: "date", nullable: true),
                    PatentNumber = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: true),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PatentFilings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PatentFilings_PatentFamilies_FamilyId",
                        column: x => x.FamilyId,
                        principalTable: "PatentFamilies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_PatentFilings_PatentFilings_ParentFilingId",
                        column: x => x.ParentFilingId,
                        principalTable: "PatentFilings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ExportTechnologyCheckDocuments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CheckId = table.Column<int>(type: "integer", nullable: false),
                    Kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Reference = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    FileName = table.Column<string>(type: "character varying(260)", maxLength: 260, nullable: false),
                    ContentType = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Size = table.Column<long>(type: "bigint", nullable: false),
                    Content = table.Column<byte[]>(type: "bytea", nullable: false),
                    UploadedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UploadedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ExportTechnologyCheckDocuments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ExportTechnologyCheckDocuments_ExportTechnologyChecks_Check~",
                        column: x => x.CheckId,
                        principalTable: "ExportTechnologyChecks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ExportTechnologyCheckEvents",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CheckId = table.Column<int>(type: "integer", nullable: false),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Actor = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    Note = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    NoteZh = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ExportTechnologyCheckEvents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ExportTechnologyCheckEvents_ExportTechnologyChecks_CheckId",
                        column: x => x.CheckId,
                        principalTable: "ExportTechnologyChecks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ExportTechnologyCheckNodes",
                columns: table => new
                {
                    CheckId = table.Column<int>(type: "integer", nullable: false),
                    TaxonomyNodeId = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ExportTechnologyCheckNodes", x => new { x.CheckId, x.TaxonomyNodeId });
                    table.ForeignKey(
                        name: "FK_ExportTechnologyCheckNodes_ExportTechnologyChecks_CheckId",
                        column: x => x.CheckId,
                        principalTable: "ExportTechnologyChecks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ExportTechnologyCheckNodes_TaxonomyNodes_TaxonomyNodeId",
                        column: x => x.TaxonomyNodeId,
                        principalTable: "TaxonomyNodes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CommercializationRewards",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    FundId = table.Column<int>(type: "integer", nullable: false),
                    DealId = table.Column<int>(type: "integer", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    AmountCny = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    Shares = table.Column<decimal>(type: "numeric(18,0)", precision: 18, scale: 0, nullable: true),
                    Percent = table.Column<decimal>(type: "numeric(5,2)", precision: 5, scale: 2, nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    ProposedByUserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    ProposedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    ProposedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ApprovedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    ApprovedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CommercializationRewards", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CommercializationRewards_CommercializationDeals_DealId",
                        column: x => x.DealId,
                        principalTable: "CommercializationDeals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CommercializationRewards_CommercializationRewardFunds_FundId",
                        column: x => x.FundId,
                        principalTable: "CommercializationRewardFunds",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "IpDeadlines",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    FamilyId = table.Column<int>(type: "integer", nullable: false),
                    FilingId = table.Column<int>(type: "integer", nullable: true),
                    Kind = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    Key = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    Detail = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    DueOn = table.Column<DateOnly>(type: "date", nullable: false),
                    GraceUntil = table.Column<DateOnly>(type: "date", nullable: true),
                    Provisional = table.Column<bool>(type: "boolean", nullable: false),
                    NotApplicable = table.Column<bool>(type: "boolean", nullable: false),
                    OwnerEmployeeId = table.Column<int>(type: "integer", nullable: true),
                    DoneOn = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IpDeadlines", x => x.Id);
                    table.ForeignKey(
                        name: "FK_IpDeadlines_Employees_OwnerEmployeeId",
                        column: x => x.OwnerEmployeeId,
                        principalTable: "Employees",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_IpDeadlines_PatentFamilies_FamilyId",
                        column: x => x.FamilyId,
                        principalTable: "PatentFamilies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_IpDeadlines_PatentFilings_FilingId",
                        column: x => x.FilingId,
                        principalTable: "PatentFilings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PatentOfficeActions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    FilingId = table.Column<int>(type: "integer", nullable: false),
                    NoticeDate = table.Column<DateOnly>(type: "date", nullable: false),
                    PeriodMonths = table.Column<int>(type: "integer", nullable: false),
                    RespondedOn = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PatentOfficeActions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PatentOfficeActions_PatentFilings_FilingId",
                        column: x => x.FilingId,
                        principalTable: "PatentFilings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CommercializationRewardPayouts",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    RewardId = table.Column<int>(type: "integer", nullable: false),
                    EmployeeId = table.Column<int>(type: "integer", nullable: false),
                    SharePercent = table.Column<decimal>(type: "numeric(5,2)", precision: 5, scale: 2, nullable: false),
                    AmountCny = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    Shares = table.Column<decimal>(type: "numeric(18,0)", precision: 18, scale: 0, nullable: true),
                    PaidOn = table.Column<DateOnly>(type: "date", nullable: true),
                    PaymentReference = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    PaidBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CommercializationRewardPayouts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CommercializationRewardPayouts_CommercializationRewards_Rew~",
                        column: x => x.RewardId,
                        principalTable: "CommercializationRewards",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_CommercializationRewardPayouts_Employees_EmployeeId",
                        column: x => x.EmployeeId,
                        principalTable: "Employees",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "IpDeadlineReminders",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    DeadlineId = table.Column<int>(type: "integer", nullable: false),
                    DaysBefore = table.Column<int>(type: "integer", nullable: false),
                    SentAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IpDeadlineReminders", x => x.Id);
                    table.ForeignKey(
                        name: "FK_IpDeadlineReminders_IpDeadlines_DeadlineId",
                        column: x => x.DeadlineId,
                        principalTable: "IpDeadlines",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CommercializationAttachments_Owner_OwnerId",
                table: "CommercializationAttachments",
                columns: new[] { "Owner", "OwnerId" });

            migrationBuilder.CreateIndex(
                name: "IX_CommercializationDeals_ContractNumber",
                table: "CommercializationDeals",
                column: "ContractNumber",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CommercializationDeals_ProjectId",
                table: "CommercializationDeals",
                column: "ProjectId");

            migrationBuilder.CreateIndex(
                name: "IX_CommercializationMilestones_OwnerId",
                table: "CommercializationMilestones",
                column: "OwnerId");

            migrationBuilder.CreateIndex(
                name: "IX_CommercializationMilestones_ProjectId",
                table: "CommercializationMilestones",
                column: "ProjectId");

            migrationBuilder.CreateIndex(
                name: "IX_CommercializationProjectDisclosures_DisclosureId",
                table: "CommercializationProjectDisclosures",
                column: "DisclosureId");

            migrationBuilder.CreateIndex(
                name: "IX_CommercializationProjectDisclosures_ProjectId_DisclosureId",
                table: "CommercializationProjectDisclosures",
                columns: new[] { "ProjectId", "DisclosureId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CommercializationProjects_BusinessOwnerId",
                table: "CommercializationProjects",
                column: "BusinessOwnerId");

            migrationBuilder.CreateIndex(
                name: "IX_CommercializationProjects_Number",
                table: "CommercializationProjects",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CommercializationRevenue_DealId_ReceivedOn",
                table: "CommercializationRevenue",
                columns: new[] { "DealId", "ReceivedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_CommercializationRewardFunds_DealId_Year",
                table: "CommercializationRewardFunds",
                columns: new[] { "DealId", "Year" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CommercializationRewardPayouts_EmployeeId",
                table: "CommercializationRewardPayouts",
                column: "EmployeeId");

            migrationBuilder.CreateIndex(
                name: "IX_CommercializationRewardPayouts_RewardId_EmployeeId",
                table: "CommercializationRewardPayouts",
                columns: new[] { "RewardId", "EmployeeId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CommercializationRewardPolicies_Kind_PolicyVersion",
                table: "CommercializationRewardPolicies",
                columns: new[] { "Kind", "PolicyVersion" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CommercializationRewards_DealId",
                table: "CommercializationRewards",
                column: "DealId");

            migrationBuilder.CreateIndex(
                name: "IX_CommercializationRewards_FundId",
                table: "CommercializationRewards",
                column: "FundId");

            migrationBuilder.CreateIndex(
                name: "IX_DisclosureEvaluationMembers_EmployeeId",
                table: "DisclosureEvaluationMembers",
                column: "EmployeeId");

            migrationBuilder.CreateIndex(
                name: "IX_DisclosureEvaluationMembers_EvaluationId_EmployeeId",
                table: "DisclosureEvaluationMembers",
                columns: new[] { "EvaluationId", "EmployeeId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_DisclosureEvaluations_DisclosureId",
                table: "DisclosureEvaluations",
                column: "DisclosureId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_DisclosureInventors_DisclosureId_EmployeeId",
                table: "DisclosureInventors",
                columns: new[] { "DisclosureId", "EmployeeId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_DisclosureInventors_EmployeeId",
                table: "DisclosureInventors",
                column: "EmployeeId");

            migrationBuilder.CreateIndex(
                name: "IX_Disclosures_Number",
                table: "Disclosures",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Disclosures_Status",
                table: "Disclosures",
                column: "Status");

            migrationBuilder.CreateIndex(
                name: "IX_DisclosureTechnologies_TaxonomyNodeId",
                table: "DisclosureTechnologies",
                column: "TaxonomyNodeId");

            migrationBuilder.CreateIndex(
                name: "IX_ExportTechnologyCatalogue_Number",
                table: "ExportTechnologyCatalogue",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ExportTechnologyCatalogueNodes_TaxonomyNodeId",
                table: "ExportTechnologyCatalogueNodes",
                column: "TaxonomyNodeId");

            migrationBuilder.CreateIndex(
                name: "IX_ExportTechnologyCheckDocuments_CheckId",
                table: "ExportTechnologyCheckDocuments",
                column: "CheckId");

            migrationBuilder.CreateIndex(
                name: "IX_ExportTechnologyCheckEvents_CheckId",
                table: "ExportTechnologyCheckEvents",
                column: "CheckId");

            migrationBuilder.CreateIndex(
                name: "IX_ExportTechnologyCheckNodes_TaxonomyNodeId",
                table: "ExportTechnologyCheckNodes",
                column: "TaxonomyNodeId");

            migrationBuilder.CreateIndex(
                name: "IX_ExportTechnologyChecks_CatalogueItemId",
                table: "ExportTechnologyChecks",
                column: "CatalogueItemId");

            migrationBuilder.CreateIndex(
                name: "IX_ExportTechnologyChecks_LiveKey",
                table: "ExportTechnologyChecks",
                column: "LiveKey",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ExportTechnologyChecks_Number",
                table: "ExportTechnologyChecks",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ExportTechnologyChecks_RequestedByEmployeeId",
                table: "ExportTechnologyChecks",
                column: "RequestedByEmployeeId");

            migrationBuilder.CreateIndex(
                name: "IX_IpDeadlineReminders_DeadlineId_DaysBefore",
                table: "IpDeadlineReminders",
                columns: new[] { "DeadlineId", "DaysBefore" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_IpDeadlines_DueOn",
                table: "IpDeadlines",
                column: "DueOn");

            migrationBuilder.CreateIndex(
                name: "IX_IpDeadlines_FamilyId_Key",
                table: "IpDeadlines",
                columns: new[] { "FamilyId", "Key" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_IpDeadlines_FilingId",
                table: "IpDeadlines",
                column: "FilingId");

            migrationBuilder.CreateIndex(
                name: "IX_IpDeadlines_OwnerEmployeeId",
                table: "IpDeadlines",
                column: "OwnerEmployeeId");

            migrationBuilder.CreateIndex(
                name: "IX_LegalRequests_CounselEmployeeId",
                table: "LegalRequests",
                column: "CounselEmployeeId");

            migrationBuilder.CreateIndex(
                name: "IX_LegalRequests_DisclosureId",
                table: "LegalRequests",
                column: "DisclosureId");

            migrationBuilder.CreateIndex(
                name: "IX_LegalRequests_PatentFamilyId",
                table: "LegalRequests",
                column: "PatentFamilyId");

            migrationBuilder.CreateIndex(
                name: "IX_LegalRequests_RequestedByEmployeeId",
                table: "LegalRequests",
                column: "RequestedByEmployeeId");

            migrationBuilder.CreateIndex(
                name: "IX_PatentFamilies_DisclosureId",
                table: "PatentFamilies",
                column: "DisclosureId");

            migrationBuilder.CreateIndex(
                name: "IX_PatentFamilies_OwnerEmployeeId",
                table: "PatentFamilies",
                column: "OwnerEmployeeId");

            migrationBuilder.CreateIndex(
                name: "IX_PatentFamilies_Reference",
                table: "PatentFamilies",
                column: "Reference",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PatentFilings_FamilyId",
                table: "PatentFilings",
                column: "FamilyId");

            migrationBuilder.CreateIndex(
                name: "IX_PatentFilings_ParentFilingId",
                table: "PatentFilings",
                column: "ParentFilingId");

            migrationBuilder.CreateIndex(
                name: "IX_PatentOfficeActions_FilingId",
                table: "PatentOfficeActions",
                column: "FilingId");

            migrationBuilder.CreateIndex(
                name: "IX_SharingSessionAttendees_EmployeeId",
                table: "SharingSessionAttendees",
                column: "EmployeeId");

            migrationBuilder.CreateIndex(
                name: "IX_SharingSessionAttendees_SessionId_EmployeeId",
                table: "SharingSessionAttendees",
                columns: new[] { "SessionId", "EmployeeId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SharingSessionDisclosures_DisclosureId",
                table: "SharingSessionDisclosures",
                column: "DisclosureId");

            migrationBuilder.CreateIndex(
                name: "IX_SharingSessions_SpeakerEmployeeId",
                table: "SharingSessions",
                column: "SpeakerEmployeeId");

            migrationBuilder.CreateIndex(
                name: "IX_SharingSessions_StartsAt",
                table: "SharingSessions",
                column: "StartsAt");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CommercializationAttachments");

            migrationBuilder.DropTable(
                name: "CommercializationMilestones");

            migrationBuilder.DropTable(
                name: "CommercializationProjectDisclosures");

            migrationBuilder.DropTable(
                name: "CommercializationRevenue");

            migrationBuilder.DropTable(
                name: "CommercializationRewardPayouts");

            migrationBuilder.DropTable(
                name: "CommercializationRewardPolicies");

            migrationBuilder.DropTable(
                name: "DisclosureEvaluationMembers");

            migrationBuilder.DropTable(
                name: "DisclosureInventors");

            migrationBuilder.DropTable(
                name: "DisclosureTechnologies");

            migrationBuilder.DropTable(
                name: "ExportTechnologyCatalogueNodes");

            migrationBuilder.DropTable(
                name: "ExportTechnologyCheckDocuments");

            migrationBuilder.DropTable(
                name: "ExportTechnologyCheckEvents");

            migrationBuilder.DropTable(
                name: "ExportTechnologyCheckNodes");

            migrationBuilder.DropTable(
                name: "IpDeadlineReminders");

            migrationBuilder.DropTable(
                name: "LegalRequests");

            migrationBuilder.DropTable(
                name: "PatentOfficeActions");

            migrationBuilder.DropTable(
                name: "SharingSessionAttendees");

            migrationBuilder.DropTable(
                name: "SharingSessionDisclosures");

            migrationBuilder.DropTable(
                name: "CommercializationRewards");

            migrationBuilder.DropTable(
                name: "DisclosureEvaluations");

            migrationBuilder.DropTable(
                name: "ExportTechnologyChecks");

            migrationBuilder.DropTable(
                name: "IpDeadlines");

            migrationBuilder.DropTable(
                name: "SharingSessions");

            migrationBuilder.DropTable(
                name: "CommercializationRewardFunds");

            migrationBuilder.DropTable(
                name: "ExportTechnologyCatalogue");

            migrationBuilder.DropTable(
                name: "PatentFilings");

            migrationBuilder.DropTable(
                name: "CommercializationDeals");

            migrationBuilder.DropTable(
                name: "PatentFamilies");

            migrationBuilder.DropTable(
                name: "CommercializationProjects");

            migrationBuilder.DropTable(
                name: "Disclosures");
        }
    }
}
