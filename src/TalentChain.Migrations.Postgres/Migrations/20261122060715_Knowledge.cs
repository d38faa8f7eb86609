using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace TalentChain.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class Knowledge : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "CoverageStates",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false),
                    Stale = table.Column<bool>(type: "boolean", nullable: false),
                    Generation = table.Column<long>(type: "bigint", nullable: false),
                    ComputedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ComputedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CoverageStates", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CriticalTechnologies",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    TaxonomyNodeId = table.Column<int>(type: "integer", nullable: false),
                    Sensitivity = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    RequiredLevel = table.Column<int>(type: "integer", nullable: false),
                    TargetHolders = table.Column<int>(type: "integer", nullable: false),
                    OwnerEmployeeId = table.Column<int>(type: "integer", nullable: true),
                    Segment = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Notes = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CriticalTechnologies", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CriticalTechnologies_Employees_OwnerEmployeeId",
                        column: x => x.OwnerEmployeeId,
                        principalTable: "Employees",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_CriticalTechnologies_TaxonomyNodes_TaxonomyNodeId",
                        column: x => x.TaxonomyNodeId,
                        principalTable: "TaxonomyNodes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Departures",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    EmployeeId = table.Column<int>(type: "integer", nullable: false),
                    NoticeDate = table.Column<DateOnly>(type: "date", nullable: false),
                    LastDay = table.Column<DateOnly>(type: "date", nullable: false),
                    Reason = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    Destination = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    Level = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    RoleTitle = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    DocumentsReturned = table.Column<bool>(type: "boolean", nullable: false),
                    EquipmentReturned = table.Column<bool>(type: "boolean", nullable: false),
                    AccessRevoked = table.Column<bool>(type: "boolean", nullable: false),
                    ConfidentialityReminder = table.Column<bool>(type: "boolean", nullable: false),
                    Notes = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    CompletedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    CompletedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Departures", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Departures_Employees_EmployeeId",
                        column: x => x.EmployeeId,
                        principalTable: "Employees",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "KnowledgeSettings",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false),
                    CoverageThreshold = table.Column<decimal>(type: "numeric(5,3)", precision: 5, scale: 3, nullable: false),
                    MinGroupSize = table.Column<int>(type: "integer", nullable: false),
                    RetirementAge = table.Column<int>(type: "integer", nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_KnowledgeSettings", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "PersonAssessments",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    EmployeeId = table.Column<int>(type: "integer", nullable: false),
                    CompensationPosition = table.Column<int>(type: "integer", nullable: true),
                    Performance = table.Column<int>(type: "integer", nullable: true),
                    Potential = table.Column<int>(type: "integer", nullable: true),
                    ManagerView = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    OverrideScore = table.Column<int>(type: "integer", nullable: true),
                    OverrideReason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    Notes = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    AssessedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    RecordedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    RecordedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PersonAssessments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PersonAssessments_Employees_EmployeeId",
                        column: x => x.EmployeeId,
                        principalTable: "Employees",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ControlledDataSets",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Code = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    NameZh = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    CriticalTechnologyId = table.Column<int>(type: "integer", nullable: true),
                    Sensitivity = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Description = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    Content = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: true),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ControlledDataSets", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ControlledDataSets_CriticalTechnologies_CriticalTechnologyId",
                        column: x => x.CriticalTechnologyId,
                        principalTable: "CriticalTechnologies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "CoverageSnapshots",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CriticalTechnologyId = table.Column<int>(type: "integer", nullable: false),
                    Holders = table.Column<int>(type: "integer", nullable: false),
                    EffectiveHolders = table.Column<decimal>(type: "numeric(9,3)", precision: 9, scale: 3, nullable: false),
                    Coverage = table.Column<decimal>(type: "numeric(9,3)", precision: 9, scale: 3, nullable: false),
                    HoldersAfterDepartures = table.Column<int>(type: "integer", nullable: false),
                    EffectiveAfterDepartures = table.Column<decimal>(type: "numeric(9,3)", precision: 9, scale: 3, nullable: false),
                    CoverageAfterDepartures = table.Column<decimal>(type: "numeric(9,3)", precision: 9, scale: 3, nullable: false),
                    HolderDetail = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CoverageSnapshots", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CoverageSnapshots_CriticalTechnologies_CriticalTechnologyId",
                        column: x => x.CriticalTechnologyId,
                        principalTable: "CriticalTechnologies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SuccessionPlans",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    CriticalTechnologyId = table.Column<int>(type: "integer", nullable: true),
                    Position = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    OrgUnitId = table.Column<int>(type: "integer", nullable: true),
                    IncumbentEmployeeId = table.Column<int>(type: "integer", nullable: true),
                    Notes = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SuccessionPlans", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SuccessionPlans_CriticalTechnologies_CriticalTechnologyId",
                        column: x => x.CriticalTechnologyId,
                        principalTable: "CriticalTechnologies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_SuccessionPlans_Employees_IncumbentEmployeeId",
                        column: x => x.IncumbentEmployeeId,
                        principalTable: "Employees",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_SuccessionPlans_OrgUnits_OrgUnitId",
                        column: x => x.OrgUnitId,
                        principalTable: "OrgUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "HandoverItems",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    DepartureId = table.Column<int>(type: "integer", nullable: false),
                    CriticalTechnologyId = table.Column<int>(type: "integer", nullable: false),
                    ToEmployeeId = table.Column<int>(type: "integer", nullable: true),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Notes = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_HandoverItems", x => x.Id);
                    table.ForeignKey(
                        name: "FK_HandoverItems_CriticalTechnologies_CriticalTechnologyId",
                        column: x => x.CriticalTechnologyId,
                        principalTable: "CriticalTechnologies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_HandoverItems_Departures_DepartureId",
                        column: x => x.DepartureId,
                        principalTable: "Departures",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_HandoverItems_Employees_ToEmployeeId",
                        column: x => x.ToEmployeeId,
                        principalTable: "Employees",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "AccessGrants",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    DataSetId = table.Column<int>(type: "integer", nullable: false),
                    EmployeeId = table.Column<int>(type: "integer", nullable: false),
                    LegalBasis = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    GrantedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    StartsOn = table.Column<DateOnly>(type: "date", nullable: false),
                    ExpiresOn = table.Column<DateOnly>(type: "date", nullable: false),
                    RequiredTraining = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    RevokedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    RevokedReason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AccessGrants", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AccessGrants_ControlledDataSets_DataSetId",
                        column: x => x.DataSetId,
                        principalTable: "ControlledDataSets",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_AccessGrants_Employees_EmployeeId",
                        column: x => x.EmployeeId,
                        principalTable: "Employees",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ControlledReadLogs",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    DataSetId = table.Column<int>(type: "integer", nullable: false),
                    UserName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    EmployeeId = table.Column<int>(type: "integer", nullable: true),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    What = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ControlledReadLogs", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ControlledReadLogs_ControlledDataSets_DataSetId",
                        column: x => x.DataSetId,
                        principalTable: "ControlledDataSets",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Successors",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    SuccessionPlanId = table.Column<int>(type: "integer", nullable: false),
                    EmployeeId = table.Column<int>(type: "integer", nullable: false),
                    Readiness = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Notes = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Successors", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Successors_Employees_EmployeeId",
                        column: x => x.EmployeeId,
                        principalTable: "Employees",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Successors_SuccessionPlans_SuccessionPlanId",
                        column: x => x.SuccessionPlanId,
                        principalTable: "SuccessionPlans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "DevelopmentActions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    SuccessorId = table.Column<int>(type: "integer", nullable: false),
                    Text = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    DueDate = table.Column<DateOnly>(type: "date", nullable: true),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    IdpId = table.Column<int>(type: "integer", nullable: true),
                    IdpUrl = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DevelopmentActions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DevelopmentActions_Successors_SuccessorId",
                        column: x => x.SuccessorId,
                        principalTable: "Successors",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AccessGrants_DataSetId_EmployeeId",
                table: "AccessGrants",
                columns: new[] { "DataSetId", "EmployeeId" });

            migrationBuilder.CreateIndex(
                name: "IX_AccessGrants_EmployeeId",
                table: "AccessGrants",
                column: "EmployeeId");

            migrationBuilder.CreateIndex(
                name: "IX_ControlledDataSets_Code",
                table: "ControlledDataSets",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ControlledDataSets_CriticalTechnologyId",
                table: "ControlledDataSets",
                column: "CriticalTechnologyId");

            migrationBuilder.CreateIndex(
                name: "IX_ControlledReadLogs_DataSetId_At",
                table: "ControlledReadLogs",
                columns: new[] { "DataSetId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_CoverageSnapshots_CriticalTechnologyId",
                table: "CoverageSnapshots",
                column: "CriticalTechnologyId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CriticalTechnologies_OwnerEmployeeId",
                table: "CriticalTechnologies",
                column: "OwnerEmployeeId");

            migrationBuilder.CreateIndex(
                name: "IX_CriticalTechnologies_TaxonomyNodeId",
                table: "CriticalTechnologies",
                column: "TaxonomyNodeId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Departures_EmployeeId",
                table: "Departures",
                column: "EmployeeId");

            migrationBuilder.CreateIndex(
                name: "IX_Departures_LastDay",
                table: "Departures",
                column: "LastDay");

            migrationBuilder.CreateIndex(
                name: "IX_DevelopmentActions_SuccessorId",
                table: "DevelopmentActions",
                column: "SuccessorId");

            migrationBuilder.CreateIndex(
                name: "IX_HandoverItems_CriticalTechnologyId",
                table: "HandoverItems",
                column: "CriticalTechnologyId");

            migrationBuilder.CreateIndex(
                name: "IX_HandoverItems_DepartureId_CriticalTechnologyId",
                table: "HandoverItems",
                columns: new[] { "DepartureId", "CriticalTechnologyId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_HandoverItems_ToEmployeeId",
                table: "HandoverItems",
                column: "ToEmployeeId");

            migrationBuilder.CreateIndex(
                name: "IX_PersonAssessments_EmployeeId_Id",
                table: "PersonAssessments",
                columns: new[] { "EmployeeId", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_SuccessionPlans_CriticalTechnologyId",
                table: "SuccessionPlans",
                column: "CriticalTechnologyId");

            migrationBuilder.CreateIndex(
                name: "IX_SuccessionPlans_IncumbentEmployeeId",
                table: "SuccessionPlans",
                column: "IncumbentEmployeeId");

            migrationBuilder.CreateIndex(
                name: "IX_SuccessionPlans_OrgUnitId",
                table: "SuccessionPlans",
                column: "OrgUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_Successors_EmployeeId",
                table: "Successors",
                column: "EmployeeId");

            migrationBuilder.CreateIndex(
                name: "IX_Successors_SuccessionPlanId_EmployeeId",
                table: "Successors",
                columns: new[] { "SuccessionPlanId", "EmployeeId" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AccessGrants");

            migrationBuilder.DropTable(
                name: "ControlledReadLogs");

            migrationBuilder.DropTable(
                name: "CoverageSnapshots");

            migrationBuilder.DropTable(
                name: "CoverageStates");

            migrationBuilder.DropTable(
                name: "DevelopmentActions");

            migrationBuilder.DropTable(
                name: "HandoverItems");

            migrationBuilder.DropTable(
                name: "KnowledgeSettings");

            migrationBuilder.DropTable(
                name: "PersonAssessments");

            migrationBuilder.DropTable(
                name: "ControlledDataSets");

            migrationBuilder.DropTable(
                name: "Successors");

            migrationBuilder.DropTable(
                name: "Departures");

            migrationBuilder.DropTable(
                name: "SuccessionPlans");

            migrationBuilder.DropTable(
                name: "CriticalTechnologies");
        }
    }
}
