using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CollabBot.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class PerKindNumbers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_concerns_CollaborationId_Number",
                table: "concerns");

            migrationBuilder.CreateIndex(
                name: "IX_concerns_CollaborationId_Kind_Number",
                table: "concerns",
                columns: new[] { "CollaborationId", "Kind", "Number" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_concerns_CollaborationId_Kind_Number",
                table: "concerns");

            migrationBuilder.CreateIndex(
                name: "IX_concerns_CollaborationId_Number",
                table: "concerns",
                columns: new[] { "CollaborationId", "Number" },
                unique: true);
        }
    }
}
