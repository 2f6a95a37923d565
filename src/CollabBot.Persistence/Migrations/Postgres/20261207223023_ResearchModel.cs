using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace CollabBot.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class ResearchModel : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "PlainLanguage",
                table: "members",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "KeptAsReservation",
                table: "decision_positions",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "network_stage_changes",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CollaborationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Stage = table.Column<int>(type: "integer", nullable: false),
                    Evidence = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_network_stage_changes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_network_stage_changes_collaborations_CollaborationId",
                        column: x => x.CollaborationId,
                        principalTable: "collaborations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "outreach_reports",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CollaborationId = table.Column<Guid>(type: "uuid", nullable: false),
                    MemberId = table.Column<Guid>(type: "uuid", nullable: true),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    Text = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_outreach_reports", x => x.Id);
                    table.ForeignKey(
                        name: "FK_outreach_reports_collaborations_CollaborationId",
                        column: x => x.CollaborationId,
                        principalTable: "collaborations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_network_stage_changes_CollaborationId_At",
                table: "network_stage_changes",
                columns: new[] { "CollaborationId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_outreach_reports_CollaborationId_At",
                table: "outreach_reports",
                columns: new[] { "CollaborationId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_outreach_reports_MemberId",
                table: "outreach_reports",
                column: "MemberId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "network_stage_changes");

            migrationBuilder.DropTable(
                name: "outreach_reports");

            migrationBuilder.DropColumn(
                name: "PlainLanguage",
                table: "members");

            migrationBuilder.DropColumn(
                name: "KeptAsReservation",
                table: "decision_positions");
        }
    }
}
