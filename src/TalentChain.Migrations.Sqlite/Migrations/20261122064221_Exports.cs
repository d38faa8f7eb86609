using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TalentChain.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Exports : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ExportAnnouncements",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Regime = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Number = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    TitleZh = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                    PublishedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    EffectiveFrom = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    SuspendedFrom = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    SuspendedUntil = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    SuspendedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Notes = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    ToVerify = table.Column<bool>(type: "INTEGER", nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ExportAnnouncements", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ExportCalendars",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Jurisdiction = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Notes = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    ToVerify = table.Column<bool>(type: "INTEGER", nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ExportCalendars", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ExportMaterials",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Code = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    NameZh = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Form = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    HsCode = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    Unit = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ExportMaterials", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ExportParties",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    NameZh = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Country = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    Roles = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Address = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ExportParties", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ExportControlEntries",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    AnnouncementId = table.Column<int>(type: "INTEGER", nullable: false),
                    ControlCode = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Element = table.Column<string>(type: "TEXT", maxLength: 3, nullable: false),
                    Forms = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    DescriptionZh = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    HsCodes = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                    MinContentPercent = table.Column<decimal>(type: "TEXT", precision: 9, scale: 4, nullable: true),
                    ToVerify = table.Column<bool>(type: "INTEGER", nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ExportControlEntries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ExportControlEntries_ExportAnnouncements_AnnouncementId",
                        column: x => x.AnnouncementId,
                        principalTable: "ExportAnnouncements",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ExportCalendarDays",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CalendarId = table.Column<int>(type: "INTEGER", nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ExportCalendarDays", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ExportCalendarDays_ExportCalendars_CalendarId",
                        column: x => x.CalendarId,
                        principalTable: "ExportCalendars",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ExportMaterialElements",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    MaterialId = table.Column<int>(type: "INTEGER", nullable: false),
                    Element = table.Column<string>(type: "TEXT", maxLength: 3, nullable: false),
                    WeightPercent = table.Column<decimal>(type: "TEXT", precision: 9, scale: 4, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ExportMaterialElements", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ExportMaterialElements_ExportMaterials_MaterialId",
                        column: x => x.MaterialId,
                        principalTable: "ExportMaterials",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ExportProductionLines",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CustomerPartyId = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    NameZh = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    DailyOutputValue = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: false),
                    Currency = table.Column<string>(type: "TEXT", maxLength: 3, nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ExportProductionLines", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ExportProductionLines_ExportParties_CustomerPartyId",
                        column: x => x.CustomerPartyId,
                        principalTable: "ExportParties",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ExportLineConsumptions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ProductionLineId = table.Column<int>(type: "INTEGER", nullable: false),
                    MaterialId = table.Column<int>(type: "INTEGER", nullable: false),
                    DailyConsumption = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: false),
                    StockOnHand = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: false),
                    InTransit = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ExportLineConsumptions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ExportLineConsumptions_ExportMaterials_MaterialId",
                        column: x => x.MaterialId,
                        principalTable: "ExportMaterials",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ExportLineConsumptions_ExportProductionLines_ProductionLineId",
                        column: x => x.ProductionLineId,
                        principalTable: "ExportProductionLines",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ExportApplicationDocuments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ApplicationId = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 260, nullable: false),
                    ContentType = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Size = table.Column<long>(type: "INTEGER", nullable: false),
                    Content = table.Column<byte[]>(type: "BLOB", nullable: false),
                    UploadedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UploadedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ExportApplicationDocuments", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ExportApplicationEvents",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ApplicationId = table.Column<int>(type: "INTEGER", nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    OnDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    From = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    To = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Actor = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ExportApplicationEvents", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ExportApplicationLines",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ApplicationId = table.Column<int>(type: "INTEGER", nullable: false),
                    MaterialId = table.Column<int>(type: "INTEGER", nullable: false),
                    ControlCode = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Quantity = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: false),
                    Unit = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Value = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: false),
                    Currency = table.Column<string>(type: "TEXT", maxLength: 3, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ExportApplicationLines", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ExportApplicationLines_ExportMaterials_MaterialId",
                        column: x => x.MaterialId,
                        principalTable: "ExportMaterials",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ExportApplications",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Number = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    AmendsLicenceId = table.Column<int>(type: "INTEGER", nullable: true),
                    ApplicantPartyId = table.Column<int>(type: "INTEGER", nullable: false),
                    ContractNumber = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    ConsigneePartyId = table.Column<int>(type: "INTEGER", nullable: false),
                    EndUserPartyId = table.Column<int>(type: "INTEGER", nullable: false),
                    EndUse = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    EndUseCategory = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Currency = table.Column<string>(type: "TEXT", maxLength: 3, nullable: false),
                    Jurisdiction = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    SubmittedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    AcceptedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    DecidedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    DecisionNote = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ExportApplications", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ExportApplications_ExportParties_ApplicantPartyId",
                        column: x => x.ApplicantPartyId,
                        principalTable: "ExportParties",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ExportApplications_ExportParties_ConsigneePartyId",
                        column: x => x.ConsigneePartyId,
                        principalTable: "ExportParties",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ExportApplications_ExportParties_EndUserPartyId",
                        column: x => x.EndUserPartyId,
                        principalTable: "ExportParties",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ExportLicences",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Number = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ApplicationId = table.Column<int>(type: "INTEGER", nullable: true),
                    ExporterPartyId = table.Column<int>(type: "INTEGER", nullable: false),
                    IssuedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ExpiresOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    TolerancePercent = table.Column<decimal>(type: "TEXT", precision: 9, scale: 4, nullable: false),
                    Currency = table.Column<string>(type: "TEXT", maxLength: 3, nullable: false),
                    NoReexportTo = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    NoDefenceUse = table.Column<bool>(type: "INTEGER", nullable: false),
                    Conditions = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Revoked = table.Column<bool>(type: "INTEGER", nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ExportLicences", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ExportLicences_ExportApplications_ApplicationId",
                        column: x => x.ApplicationId,
                        principalTable: "ExportApplications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ExportLicences_ExportParties_ExporterPartyId",
                        column: x => x.ExporterPartyId,
                        principalTable: "ExportParties",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ExportRouteLegs",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ApplicationId = table.Column<int>(type: "INTEGER", nullable: false),
                    Sequence = table.Column<int>(type: "INTEGER", nullable: false),
                    FromCountry = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    ToCountry = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    Mode = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ExportRouteLegs", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ExportRouteLegs_ExportApplications_ApplicationId",
                        column: x => x.ApplicationId,
                        principalTable: "ExportApplications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ExportSupplementRequests",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ApplicationId = table.Column<int>(type: "INTEGER", nullable: false),
                    RequestedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ProvidedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Policy = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Request = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ExportSupplementRequests", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ExportSupplementRequests_ExportApplications_ApplicationId",
                        column: x => x.ApplicationId,
                        principalTable: "ExportApplications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ExportLicenceLines",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    LicenceId = table.Column<int>(type: "INTEGER", nullable: false),
                    MaterialId = table.Column<int>(type: "INTEGER", nullable: false),
                    ControlCode = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Quantity = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: false),
                    Unit = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Value = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: false),
                    ReservedQuantity = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: false),
                    ReservedValue = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: false),
                    ConsumedQuantity = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: false),
                    ConsumedValue = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ExportLicenceLines", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ExportLicenceLines_ExportLicences_LicenceId",
                        column: x => x.LicenceId,
                        principalTable: "ExportLicences",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ExportLicenceLines_ExportMaterials_MaterialId",
                        column: x => x.MaterialId,
                        principalTable: "ExportMaterials",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ExportLicenceParties",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    LicenceId = table.Column<int>(type: "INTEGER", nullable: false),
                    PartyId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ExportLicenceParties", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ExportLicenceParties_ExportLicences_LicenceId",
                        column: x => x.LicenceId,
                        principalTable: "ExportLicences",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ExportLicenceParties_ExportParties_PartyId",
                        column: x => x.PartyId,
                        principalTable: "ExportParties",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ExportShipments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Number = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    LicenceId = table.Column<int>(type: "INTEGER", nullable: false),
                    ConsigneePartyId = table.Column<int>(type: "INTEGER", nullable: false),
                    EndUserPartyId = table.Column<int>(type: "INTEGER", nullable: false),
                    DestinationCountry = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    EndUseCategory = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    PlannedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ShippedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ExportShipments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ExportShipments_ExportLicences_LicenceId",
                        column: x => x.LicenceId,
                        principalTable: "ExportLicences",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ExportShipments_ExportParties_ConsigneePartyId",
                        column: x => x.ConsigneePartyId,
                        principalTable: "ExportParties",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ExportShipments_ExportParties_EndUserPartyId",
                        column: x => x.EndUserPartyId,
                        principalTable: "ExportParties",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ExportShipmentLines",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ShipmentId = table.Column<int>(type: "INTEGER", nullable: false),
                    LicenceLineId = table.Column<int>(type: "INTEGER", nullable: false),
                    Quantity = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: false),
                    Value = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ExportShipmentLines", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ExportShipmentLines_ExportLicenceLines_LicenceLineId",
                        column: x => x.LicenceLineId,
                        principalTable: "ExportLicenceLines",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ExportShipmentLines_ExportShipments_ShipmentId",
                        column: x => x.ShipmentId,
                        principalTable: "ExportShipments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ExportAnnouncements_Regime_Number",
                table: "ExportAnnouncements",
                columns: new[] { "Regime", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ExportApplicationDocuments_ApplicationId",
                table: "ExportApplicationDocuments",
                column: "ApplicationId");

            migrationBuilder.CreateIndex(
                name: "IX_ExportApplicationEvents_ApplicationId_At",
                table: "ExportApplicationEvents",
                columns: new[] { "ApplicationId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_ExportApplicationLines_ApplicationId",
                table: "ExportApplicationLines",
                column: "ApplicationId");

            migrationBuilder.CreateIndex(
                name: "IX_ExportApplicationLines_MaterialId",
                table: "ExportApplicationLines",
                column: "MaterialId");

            migrationBuilder.CreateIndex(
                name: "IX_ExportApplications_AmendsLicenceId",
                table: "ExportApplications",
                column: "AmendsLicenceId");

            migrationBuilder.CreateIndex(
                name: "IX_ExportApplications_ApplicantPartyId",
                table: "ExportApplications",
                column: "ApplicantPartyId");

            migrationBuilder.CreateIndex(
                name: "IX_ExportApplications_ConsigneePartyId",
                table: "ExportApplications",
                column: "ConsigneePartyId");

            migrationBuilder.CreateIndex(
                name: "IX_ExportApplications_EndUserPartyId",
                table: "ExportApplications",
                column: "EndUserPartyId");

            migrationBuilder.CreateIndex(
                name: "IX_ExportApplications_Number",
                table: "ExportApplications",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ExportApplications_Status",
                table: "ExportApplications",
                column: "Status");

            migrationBuilder.CreateIndex(
                name: "IX_ExportCalendarDays_CalendarId_Date",
                table: "ExportCalendarDays",
                columns: new[] { "CalendarId", "Date" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ExportCalendars_Jurisdiction",
                table: "ExportCalendars",
                column: "Jurisdiction",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ExportControlEntries_AnnouncementId",
                table: "ExportControlEntries",
                column: "AnnouncementId");

            migrationBuilder.CreateIndex(
                name: "IX_ExportControlEntries_ControlCode_Element",
                table: "ExportControlEntries",
                columns: new[] { "ControlCode", "Element" });

            migrationBuilder.CreateIndex(
                name: "IX_ExportLicenceLines_LicenceId",
                table: "ExportLicenceLines",
                column: "LicenceId");

            migrationBuilder.CreateIndex(
                name: "IX_ExportLicenceLines_MaterialId",
                table: "ExportLicenceLines",
                column: "MaterialId");

            migrationBuilder.CreateIndex(
                name: "IX_ExportLicenceParties_LicenceId_PartyId",
                table: "ExportLicenceParties",
                columns: new[] { "LicenceId", "PartyId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ExportLicenceParties_PartyId",
                table: "ExportLicenceParties",
                column: "PartyId");

            migrationBuilder.CreateIndex(
                name: "IX_ExportLicences_ApplicationId",
                table: "ExportLicences",
                column: "ApplicationId");

            migrationBuilder.CreateIndex(
                name: "IX_ExportLicences_ExporterPartyId",
                table: "ExportLicences",
                column: "ExporterPartyId");

            migrationBuilder.CreateIndex(
                name: "IX_ExportLicences_Number",
                table: "ExportLicences",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ExportLineConsumptions_MaterialId",
                table: "ExportLineConsumptions",
                column: "MaterialId");

            migrationBuilder.CreateIndex(
                name: "IX_ExportLineConsumptions_ProductionLineId",
                table: "ExportLineConsumptions",
                column: "ProductionLineId");

            migrationBuilder.CreateIndex(
                name: "IX_ExportMaterialElements_MaterialId",
                table: "ExportMaterialElements",
                column: "MaterialId");

            migrationBuilder.CreateIndex(
                name: "IX_ExportMaterials_Code",
                table: "ExportMaterials",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ExportProductionLines_CustomerPartyId",
                table: "ExportProductionLines",
                column: "CustomerPartyId");

            migrationBuilder.CreateIndex(
                name: "IX_ExportRouteLegs_ApplicationId",
                table: "ExportRouteLegs",
                column: "ApplicationId");

            migrationBuilder.CreateIndex(
                name: "IX_ExportShipmentLines_LicenceLineId",
                table: "ExportShipmentLines",
                column: "LicenceLineId");

            migrationBuilder.CreateIndex(
                name: "IX_ExportShipmentLines_ShipmentId",
                table: "ExportShipmentLines",
                column: "ShipmentId");

            migrationBuilder.CreateIndex(
                name: "IX_ExportShipments_ConsigneePartyId",
                table: "ExportShipments",
                column: "ConsigneePartyId");

            migrationBuilder.CreateIndex(
                name: "IX_ExportShipments_EndUserPartyId",
                table: "ExportShipments",
                column: "EndUserPartyId");

            migrationBuilder.CreateIndex(
                name: "IX_ExportShipments_LicenceId",
                table: "ExportShipments",
                column: "LicenceId");

            migrationBuilder.CreateIndex(
                name: "IX_ExportShipments_Number",
                table: "ExportShipments",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ExportSupplementRequests_ApplicationId",
                table: "ExportSupplementRequests",
                column: "ApplicationId");

            migrationBuilder.AddForeignKey(
                name: "FK_ExportApplicationDocuments_ExportApplications_ApplicationId",
                table: "ExportApplicationDocuments",
                column: "ApplicationId",
                principalTable: "ExportApplications",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_ExportApplicationEvents_ExportApplications_ApplicationId",
                table: "ExportApplicationEvents",
                column: "ApplicationId",
                principalTable: "ExportApplications",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_ExportApplicationLines_ExportApplications_ApplicationId",
                table: "ExportApplicationLines",
                column: "ApplicationId",
                principalTable: "ExportApplications",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_ExportApplications_ExportLicences_AmendsLicenceId",
                table: "ExportApplications",
                column: "AmendsLicenceId",
                principalTable: "ExportLicences",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_ExportLicences_ExportApplications_ApplicationId",
                table: "ExportLicences");

            migrationBuilder.DropTable(
                name: "ExportApplicationDocuments");

            migrationBuilder.DropTable(
                name: "ExportApplicationEvents");

            migrationBuilder.DropTable(
                name: "ExportApplicationLines");

            migrationBuilder.DropTable(
                name: "ExportCalendarDays");

            migrationBuilder.DropTable(
                name: "ExportControlEntries");

            migrationBuilder.DropTable(
                name: "ExportLicenceParties");

            migrationBuilder.DropTable(
                name: "ExportLineConsumptions");

            migrationBuilder.DropTable(
                name: "ExportMaterialElements");

            migrationBuilder.DropTable(
                name: "ExportRouteLegs");

            migrationBuilder.DropTable(
                name: "ExportShipmentLines");

            migrationBuilder.DropTable(
                name: "ExportSupplementRequests");

            migrationBuilder.DropTable(
                name: "ExportCalendars");

            migrationBuilder.DropTable(
                name: "ExportAnnouncements");

            migrationBuilder.DropTable(
                name: "ExportProductionLines");

            migrationBuilder.DropTable(
                name: "ExportLicenceLines");

            migrationBuilder.DropTable(
                name: "ExportShipments");

            migrationBuilder.DropTable(
                name: "ExportMaterials");

            migrationBuilder.DropTable(
                name: "ExportApplications");

            migrationBuilder.DropTable(
                name: "ExportLicences");

            migrationBuilder.DropTable(
                name: "ExportParties");
        }
    }
}
