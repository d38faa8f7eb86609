using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TalentChain.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class LegalAdvisory : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "AnsweredAt",
                table: "LegalRequests",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "AnsweredBy",
                table: "LegalRequests",
                type: "TEXT",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Conclusion",
                table: "LegalRequests",
                type: "TEXT",
                maxLength: 30,
                nullable: true);

            // SQLite adds a nullable column with its foreign key in place (ALTER TABLE … REFERENCES); AddForeignKey would
            // rebuild the table outside the migration's transaction (PRAGMA foreign_keys = 0) and warn on every first start.
            migrationBuilder.Sql("ALTER TABLE \"LegalRequests\" ADD COLUMN \"ConversionProjectId\" INTEGER NULL "
                + "CONSTRAINT \"FK_LegalRequests_CommercializationProjects_ConversionProjectId\" REFERENCES \"CommercializationProjects\" (\"Id\") ON DELETE RESTRICT;");

            migrationBuilder.CreateIndex(
                name: "IX_LegalRequests_ConversionProjectId",
                table: "LegalRequests",
                column: "ConversionProjectId");
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
