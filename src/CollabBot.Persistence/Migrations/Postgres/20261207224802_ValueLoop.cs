using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CollabBot.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class ValueLoop : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "MilestoneId",
                table: "small_wins",
                type: "uuid",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "milestones",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CollaborationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Number = table.Column<int>(type: "integer", nullable: false),
                    Text = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_milestones", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_small_wins_MilestoneId",
                table: "small_wins",
                column: "MilestoneId");

            migrationBuilder.CreateIndex(
                name: "IX_milestones_CollaborationId_Number",
                table: "milestones",
                columns: new[] { "CollaborationId", "Number" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "milestones");

            migrationBuilder.DropIndex(
                name: "IX_small_wins_MilestoneId",
                table: "small_wins");

            migrationBuilder.DropColumn(
                name: "MilestoneId",
                table: "small_wins");
        }
    }
}
