using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TalentChain.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class ExportsFixups : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ExportLineConsumptions_ProductionLineId",
                table: "ExportLineConsumptions");

            migrationBuilder.AddColumn<string>(
                name: "Country",
                table: "ExportProductionLines",
                type: "character varying(2)",
                maxLength: 2,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Location",
                table: "ExportProductionLines",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Notes",
                table: "ExportProductionLines",
                type: "character varying(2000)",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RevocationReason",
                table: "ExportLicences",
                type: "character varying(1000)",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "RevokedOn",
                table: "ExportLicences",
                type: "date",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_ExportLineConsumptions_ProductionLineId_MaterialId",
                table: "ExportLineConsumptions",
                columns: new[] { "ProductionLineId", "MaterialId" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ExportLineConsumptions_ProductionLineId_MaterialId",
                table: "ExportLineConsumptions");

            migrationBuilder.DropColumn(
                name: "Country",
                table: "ExportProductionLines");

            migrationBuilder.DropColumn(
                name: "Location",
                table: "ExportProductionLines");

            migrationBuilder.DropColumn(
                name: "Notes",
                table: "ExportProductionLines");

            migrationBuilder.DropColumn(
                name: "RevocationReason",
                table: "ExportLicences");

            migrationBuilder.DropColumn(
                name: "RevokedOn",
                table: "ExportLicences");

            migrationBuilder.CreateIndex(
                name: "IX_ExportLineConsumptions_ProductionLineId",
                table: "ExportLineConsumptions",
                column: "ProductionLineId");
        }
    }
}
