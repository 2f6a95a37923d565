using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CollabBot.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class PrivacyIntegrity : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "Attempts",
                table: "inbox",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "LastError",
                table: "inbox",
                type: "TEXT",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "ParkedAt",
                table: "inbox",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_inbox_ParkedAt",
                table: "inbox",
                column: "ParkedAt");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_inbox_ParkedAt",
                table: "inbox");

            migrationBuilder.DropColumn(
                name: "Attempts",
                table: "inbox");

            migrationBuilder.DropColumn(
                name: "LastError",
                table: "inbox");

            migrationBuilder.DropColumn(
                name: "ParkedAt",
                table: "inbox");
        }
    }
}
