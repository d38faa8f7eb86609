using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TalentChain.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class LegalAdvisory : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "AnsweredAt",
                table: "LegalRequests",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "AnsweredBy",
                table: "LegalRequests",
                type: "character varying(256)",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Conclusion",
                table: "LegalRequests",
                type: "character varying(30)",
                maxLength: 30,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "ConversionProjectId",
                table: "LegalRequests",
                type: "integer",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_LegalRequests_ConversionProjectId",
                table: "LegalRequests",
                column: "ConversionProjectId");

            migrationBuilder.AddForeignKey(
                name: "FK_LegalRequests_CommercializationProjects_ConversionProjectId",
                table: "LegalRequests",
                column: "ConversionProjectId",
                principalTable: "CommercializationProjects",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_LegalRequests_CommercializationProjects_ConversionProjectId",
                table: "LegalRequests");

            migrationBuilder.DropIndex(
                name: "IX_LegalRequests_ConversionProjectId",
                table: "LegalRequests");

            migrationBuilder.DropColumn(
                name: "AnsweredAt",
                table: "LegalRequests");

            migrationBuilder.DropColumn(
                name: "AnsweredBy",
                table: "LegalRequests");

            migrationBuilder.DropColumn(
                name: "Conclusion",
                table: "LegalRequests");

            migrationBuilder.DropColumn(
                name: "ConversionProjectId",
                table: "LegalRequests");
        }
    }
}
