using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CollabBot.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class DeliveryHistory : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_handled_turns_HandledAt",
                table: "handled_turns",
                column: "HandledAt");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_handled_turns_HandledAt",
                table: "handled_turns");
        }
    }
}
