using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace CollabBot.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Signals : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "Celebrate",
                table: "small_wins",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "CelebratedAt",
                table: "small_wins",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "CheckInsWanted",
                table: "members",
                type: "boolean",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "away_periods",
                table: "members",
                type: "text",
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.AddColumn<bool>(
                name: "Responded",
                table: "interventions",
                type: "boolean",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Route",
                table: "interventions",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<Guid>(
                name: "SuggestedTo",
                table: "interventions",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "ChannelPostBudget",
                table: "collaborations",
                type: "integer",
                nullable: false,
                defaultValue: 10);

            migrationBuilder.AddColumn<DateOnly>(
                name: "PausedFrom",
                table: "collaborations",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "PausedUntil",
                table: "collaborations",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SummaryCron",
                table: "collaborations",
                type: "character varying(100)",
                maxLength: 100,
                nullable: false,
                defaultValue: "0 10 * * 1");

            migrationBuilder.AddColumn<bool>(
                name: "SummaryOff",
                table: "collaborations",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            // Existing rows: no away history, the default summary schedule and channel budget, and the fade rule's new
            // grace period of three weeks where a team kept the old default of two.
            migrationBuilder.Sql("UPDATE collaborations SET fade_settings = replace(fade_settings, '\"GraceDays\":14', '\"GraceDays\":21')");

            migrationBuilder.CreateTable(
                name: "bot_posts",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CollaborationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_bot_posts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "signal_records",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CollaborationId = table.Column<Guid>(type: "uuid", nullable: false),
                    MemberId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_signal_records", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_small_wins_CollaborationId_Celebrate_CelebratedAt",
                table: "small_wins",
                columns: new[] { "CollaborationId", "Celebrate", "CelebratedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_interventions_Route_Responded_At",
                table: "interventions",
                columns: new[] { "Route", "Responded", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_collaborations_SummaryCron_TimeZoneId",
                table: "collaborations",
                columns: new[] { "SummaryCron", "TimeZoneId" });

            migrationBuilder.CreateIndex(
                name: "IX_bot_posts_CollaborationId_At",
                table: "bot_posts",
                columns: new[] { "CollaborationId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_signal_records_CollaborationId_At",
                table: "signal_records",
                columns: new[] { "CollaborationId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_signal_records_MemberId",
                table: "signal_records",
                column: "MemberId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "bot_posts");

            migrationBuilder.DropTable(
                name: "signal_records");

            migrationBuilder.DropIndex(
                name: "IX_small_wins_CollaborationId_Celebrate_CelebratedAt",
                table: "small_wins");

            migrationBuilder.DropIndex(
                name: "IX_interventions_Route_Responded_At",
                table: "interventions");

            migrationBuilder.DropIndex(
                name: "IX_collaborations_SummaryCron_TimeZoneId",
                table: "collaborations");

            migrationBuilder.DropColumn(
                name: "Celebrate",
                table: "small_wins");

            migrationBuilder.DropColumn(
                name: "CelebratedAt",
                table: "small_wins");

            migrationBuilder.DropColumn(
                name: "CheckInsWanted",
                table: "members");

            migrationBuilder.DropColumn(
                name: "away_periods",
                table: "members");

            migrationBuilder.DropColumn(
                name: "Responded",
                table: "interventions");

            migrationBuilder.DropColumn(
                name: "Route",
                table: "interventions");

            migrationBuilder.DropColumn(
                name: "SuggestedTo",
                table: "interventions");

            migrationBuilder.DropColumn(
                name: "ChannelPostBudget",
                table: "collaborations");

            migrationBuilder.DropColumn(
                name: "PausedFrom",
                table: "collaborations");

            migrationBuilder.DropColumn(
                name: "PausedUntil",
                table: "collaborations");

            migrationBuilder.DropColumn(
                name: "SummaryCron",
                table: "collaborations");

            migrationBuilder.DropColumn(
                name: "SummaryOff",
                table: "collaborations");
        }
    }
}
