using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CollabBot.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class DecideAct : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Background",
                table: "decisions",
                type: "TEXT",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "FromIdea",
                table: "decisions",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "FromPuzzle",
                table: "decisions",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "QuorumPercent",
                table: "decisions",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "RemindAt",
                table: "decisions",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "RemindedAt",
                table: "decisions",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Weight",
                table: "decisions",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "DecisionQuorum",
                table: "collaborations",
                type: "INTEGER",
                nullable: true);

            // Proposals made before this migration are not reminded: their members never expected it.
            migrationBuilder.Sql("UPDATE decisions SET \"RemindAt\" = \"ProposedAt\", \"RemindedAt\" = \"ProposedAt\";");

            migrationBuilder.CreateTable(
                name: "actions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CollaborationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    OwnerId = table.Column<Guid>(type: "TEXT", nullable: true),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    AssignedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Phase = table.Column<int>(type: "INTEGER", nullable: false),
                    FromPuzzle = table.Column<int>(type: "INTEGER", nullable: true),
                    DoneAt = table.Column<long>(type: "INTEGER", nullable: true),
                    RemindedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_actions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_actions_collaborations_CollaborationId",
                        column: x => x.CollaborationId,
                        principalTable: "collaborations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ideas",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CollaborationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    AuthorId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Sector = table.Column<int>(type: "INTEGER", nullable: true),
                    Phase = table.Column<int>(type: "INTEGER", nullable: false),
                    PostedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    FormerSupports = table.Column<int>(type: "INTEGER", nullable: false),
                    ProposalNumber = table.Column<int>(type: "INTEGER", nullable: true),
                    supported_by = table.Column<string>(type: "TEXT", nullable: false),
                    tags = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ideas", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ideas_collaborations_CollaborationId",
                        column: x => x.CollaborationId,
                        principalTable: "collaborations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_decisions_ClosedAt_RemindedAt_RemindAt",
                table: "decisions",
                columns: new[] { "ClosedAt", "RemindedAt", "RemindAt" });

            migrationBuilder.CreateIndex(
                name: "IX_actions_CollaborationId_Number",
                table: "actions",
                columns: new[] { "CollaborationId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_actions_DoneAt_RemindedAt_DueOn",
                table: "actions",
                columns: new[] { "DoneAt", "RemindedAt", "DueOn" });

            migrationBuilder.CreateIndex(
                name: "IX_ideas_CollaborationId_Number",
                table: "ideas",
                columns: new[] { "CollaborationId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ideas_CollaborationId_PostedAt",
                table: "ideas",
                columns: new[] { "CollaborationId", "PostedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "actions");

            migrationBuilder.DropTable(
                name: "ideas");

            migrationBuilder.DropIndex(
                name: "IX_decisions_ClosedAt_RemindedAt_RemindAt",
                table: "decisions");

            migrationBuilder.DropColumn(
                name: "Background",
                table: "decisions");

            migrationBuilder.DropColumn(
                name: "FromIdea",
                table: "decisions");

            migrationBuilder.DropColumn(
                name: "FromPuzzle",
                table: "decisions");

            migrationBuilder.DropColumn(
                name: "QuorumPercent",
                table: "decisions");

            migrationBuilder.DropColumn(
                name: "RemindAt",
                table: "decisions");

            migrationBuilder.DropColumn(
                name: "RemindedAt",
                table: "decisions");

            migrationBuilder.DropColumn(
                name: "Weight",
                table: "decisions");

            migrationBuilder.DropColumn(
                name: "DecisionQuorum",
                table: "collaborations");
        }
    }
}
