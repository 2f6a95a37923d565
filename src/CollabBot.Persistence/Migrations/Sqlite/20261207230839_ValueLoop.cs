using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CollabBot.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ValueLoop : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "CommitmentId",
                table: "value_offers",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "ForMemberId",
                table: "value_offers",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "MilestoneId",
                table: "small_wins",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "CommitmentHolds",
                table: "checkin_answers",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "milestones",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CollaborationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_milestones", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "retrospective_answers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RetrospectiveId = table.Column<Guid>(type: "TEXT", nullable: false),
                    MemberId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Learned = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    ViewChanged = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Keep = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_retrospective_answers", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "retrospectives",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CollaborationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Phase = table.Column<int>(type: "INTEGER", nullable: false),
                    OpenedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ClosesAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ClosedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Summary = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    AnswerCount = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_retrospectives", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_value_offers_ForMemberId",
                table: "value_offers",
                column: "ForMemberId");

            migrationBuilder.CreateIndex(
                name: "IX_small_wins_MilestoneId",
                table: "small_wins",
                column: "MilestoneId");

            migrationBuilder.CreateIndex(
                name: "IX_milestones_CollaborationId_Number",
                table: "milestones",
                columns: new[] { "CollaborationId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_retrospective_answers_MemberId",
                table: "retrospective_answers",
                column: "MemberId");

            migrationBuilder.CreateIndex(
                name: "IX_retrospective_answers_RetrospectiveId_MemberId",
                table: "retrospective_answers",
                columns: new[] { "RetrospectiveId", "MemberId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_retrospectives_ClosedAt_ClosesAt",
                table: "retrospectives",
                columns: new[] { "ClosedAt", "ClosesAt" });

            migrationBuilder.CreateIndex(
                name: "IX_retrospectives_CollaborationId_OpenedAt",
                table: "retrospectives",
                columns: new[] { "CollaborationId", "OpenedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "milestones");

            migrationBuilder.DropTable(
                name: "retrospective_answers");

            migrationBuilder.DropTable(
                name: "retrospectives");

            migrationBuilder.DropIndex(
                name: "IX_value_offers_ForMemberId",
                table: "value_offers");

            migrationBuilder.DropIndex(
                name: "IX_small_wins_MilestoneId",
                table: "small_wins");

            migrationBuilder.DropColumn(
                name: "CommitmentId",
                table: "value_offers");

            migrationBuilder.DropColumn(
                name: "ForMemberId",
                table: "value_offers");

            migrationBuilder.DropColumn(
                name: "MilestoneId",
                table: "small_wins");

            migrationBuilder.DropColumn(
                name: "CommitmentHolds",
                table: "checkin_answers");
        }
    }
}
