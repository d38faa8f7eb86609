using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TalentChain.Migrations.Postgres.Migrations
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
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "Cancellable",
                table: "BackgroundJobs",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "DetailJson",
                table: "BackgroundJobs",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "HeartbeatAt",
                table: "BackgroundJobs",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Policy",
                table: "BackgroundJobs",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Subject",
                table: "BackgroundJobs",
                type: "character varying(100)",
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
