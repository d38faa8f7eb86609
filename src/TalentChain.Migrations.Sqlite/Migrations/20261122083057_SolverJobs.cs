using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TalentChain.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class SolverJobs : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "CancelRequested",
                table: "BackgroundJobs",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "Cancellable",
                table: "BackgroundJobs",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "DetailJson",
                table: "BackgroundJobs",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "HeartbeatAt",
                table: "BackgroundJobs",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Policy",
                table: "BackgroundJobs",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Subject",
                table: "BackgroundJobs",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_BackgroundJobs_Subject",
                table: "BackgroundJobs",
                column: "Subject");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_BackgroundJobs_Subject",
                table: "BackgroundJobs");

            migrationBuilder.DropColumn(
                name: "CancelRequested",
                table: "BackgroundJobs");

            migrationBuilder.DropColumn(
                name: "Cancellable",
                table: "BackgroundJobs");

            migrationBuilder.DropColumn(
                name: "DetailJson",
                table: "BackgroundJobs");

            migrationBuilder.DropColumn(
                name: "HeartbeatAt",
                table: "BackgroundJobs");

            migrationBuilder.DropColumn(
                name: "Policy",
                table: "BackgroundJobs");

            migrationBuilder.DropColumn(
                name: "Subject",
                table: "BackgroundJobs");
        }
    }
}
