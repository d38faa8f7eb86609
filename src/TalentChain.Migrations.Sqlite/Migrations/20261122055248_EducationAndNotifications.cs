using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TalentChain.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class EducationAndNotifications : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "Education",
                table: "Employees",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateTable(
                name: "Notifications",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Recipient = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    UserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    EmployeeId = table.Column<int>(type: "INTEGER", nullable: true),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    Subject = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Body = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Link = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    DedupKey = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Culture = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ReadAt = table.Column<long>(type: "INTEGER", nullable: true),
                    EmailTo = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    EmailSentAt = table.Column<long>(type: "INTEGER", nullable: true),
                    EmailClaim = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    EmailClaimedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    EmailAttempts = table.Column<int>(type: "INTEGER", nullable: false),
                    EmailError = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Notifications", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Notifications_EmailSentAt",
                table: "Notifications",
                column: "EmailSentAt");

            migrationBuilder.CreateIndex(
                name: "IX_Notifications_Recipient_DedupKey",
                table: "Notifications",
                columns: new[] { "Recipient", "DedupKey" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Notifications_UserId_ReadAt",
                table: "Notifications",
                columns: new[] { "UserId", "ReadAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Notifications");

            migrationBuilder.DropColumn(
                name: "Education",
                table: "Employees");
        }
    }
}
