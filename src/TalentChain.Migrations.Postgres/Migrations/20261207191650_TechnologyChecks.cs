using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace TalentChain.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class TechnologyChecks : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
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
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ExportTechnologyCatalogueNodes");

            migrationBuilder.DropTable(
                name: "ExportTechnologyCheckDocuments");

            migrationBuilder.DropTable(
                name: "ExportTechnologyCheckEvents");

            migrationBuilder.DropTable(
                name: "ExportTechnologyCheckNodes");

            migrationBuilder.DropTable(
                name: "ExportTechnologyChecks");

            migrationBuilder.DropTable(
                name: "ExportTechnologyCatalogue");
        }
    }
}
