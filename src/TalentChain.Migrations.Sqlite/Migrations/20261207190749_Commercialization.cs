using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TalentChain.Migrations.Sqlite.Migrations
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
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Owner = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    OwnerId = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 260, nullable: false),
                    ContentType = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Content = table.Column<byte[]>(type: "BLOB", nullable: false),
                    Size = table.Column<long>(type: "INTEGER", nullable: false),
                    UploadedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    UploadedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CommercializationAttachments", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Disclosures",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Number = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    TitleZh = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    Abstract = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Sensitivity = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Controlled = table.Column<bool>(type: "INTEGER", nullable: false),
                    ConceptionDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    DisclosureDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Segment = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Decision = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    DecisionReasons = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    DecidedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    DecidedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    CreatedByEmployeeId = table.Column<int>(type: "INTEGER", nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Disclosures", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SharingSessions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Topic = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    TopicZh = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    SpeakerEmployeeId = table.Column<int>(type: "INTEGER", nullable: false),
                    StartsAt = table.Column<long>(type: "INTEGER", nullable: false),
                    EndsAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Place = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
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
                name: "DisclosureEvaluations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    DisclosureId = table.Column<int>(type: "INTEGER", nullable: false),
                    OpenedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    OpenedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Decision = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    Reasons = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    DecidedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    DecidedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    TradeSecretDataSetId = table.Column<int>(type: "INTEGER", nullable: true),
                    TradeSecretLink = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
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
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    DisclosureId = table.Column<int>(type: "INTEGER", nullable: false),
                    EmployeeId = table.Column<int>(type: "INTEGER", nullable: false),
                    SharePercent = table.Column<decimal>(type: "TEXT", precision: 5, scale: 2, nullable: false)
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
                    DisclosureId = table.Column<int>(type: "INTEGER", nullable: false),
                    TaxonomyNodeId = table.Column<int>(type: "INTEGER", nullable: false)
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
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Reference = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    DisclosureId = table.Column<int>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    OwnerEmployeeId = table.Column<int>(type: "INTEGER", nullable: true),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
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
                name: "SharingSessionAttendees",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SessionId = table.Column<int>(type: "INTEGER", nullable: false),
                    EmployeeId = table.Column<int>(type: "INTEGER", nullable: false),
                    RegisteredAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Attended = table.Column<bool>(type: "INTEGER", nullable: false)
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
                    SessionId = table.Column<int>(type: "INTEGER", nullable: false),
                    DisclosureId = table.Column<int>(type: "INTEGER", nullable: false)
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
                name: "DisclosureEvaluationMembers",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    EvaluationId = table.Column<int>(type: "INTEGER", nullable: false),
                    EmployeeId = table.Column<int>(type: "INTEGER", nullable: false),
                    Novelty = table.Column<int>(type: "INTEGER", nullable: true),
                    Trl = table.Column<int>(type: "INTEGER", nullable: true),
                    Market = table.Column<int>(type: "INTEGER", nullable: true),
                    StrategicFit = table.Column<int>(type: "INTEGER", nullable: true),
                    Comment = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    ScoredAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DisclosureEvaluationMembers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DisclosureEvaluationMembers_DisclosureEvaluations_EvaluationId",
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
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    DisclosureId = table.Column<int>(type: "INTEGER", nullable: true),
                    PatentFamilyId = table.Column<int>(type: "INTEGER", nullable: true),
                    Question = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    RequestedByEmployeeId = table.Column<int>(type: "INTEGER", nullable: true),
                    RequestedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    RequestedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CounselEmployeeId = table.Column<int>(type: "INTEGER", nullable: true),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: true),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
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
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    FamilyId = table.Column<int>(type: "INTEGER", nullable: false),
                    Office = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ParentFilingId = table.Column<int>(type: "INTEGER", nullable: true),
                    ApplicationNumber = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true),
                    FilingDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    PriorityDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    GrantDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    PatentNumber = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
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
                name: "IpDeadlines",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    FamilyId = table.Column<int>(type: "INTEGER", nullable: false),
                    FilingId = table.Column<int>(type: "INTEGER", nullable: true),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Key = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    Detail = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    GraceUntil = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Provisional = table.Column<bool>(type: "INTEGER", nullable: false),
                    NotApplicable = table.Column<bool>(type: "INTEGER", nullable: false),
                    OwnerEmployeeId = table.Column<int>(type: "INTEGER", nullable: true),
                    DoneOn = table.Column<DateOnly>(type: "TEXT", nullable: true)
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
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    FilingId = table.Column<int>(type: "INTEGER", nullable: false),
                    NoticeDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    PeriodMonths = table.Column<int>(type: "INTEGER", nullable: false),
                    RespondedOn = table.Column<DateOnly>(type: "TEXT", nullable: true)
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
                name: "IpDeadlineReminders",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    DeadlineId = table.Column<int>(type: "INTEGER", nullable: false),
                    DaysBefore = table.Column<int>(type: "INTEGER", nullable: false),
                    SentAt = table.Column<long>(type: "INTEGER", nullable: false)
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
                name: "DisclosureEvaluationMembers");

            migrationBuilder.DropTable(
                name: "DisclosureInventors");

            migrationBuilder.DropTable(
                name: "DisclosureTechnologies");

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
                name: "DisclosureEvaluations");

            migrationBuilder.DropTable(
                name: "IpDeadlines");

            migrationBuilder.DropTable(
                name: "SharingSessions");

            migrationBuilder.DropTable(
                name: "PatentFilings");

            migrationBuilder.DropTable(
                name: "PatentFamilies");

            migrationBuilder.DropTable(
                name: "Disclosures");
        }
    }
}
