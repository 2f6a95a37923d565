using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace CollabBot.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateSequence(
                name: "outbox_delivery_seq");

            migrationBuilder.CreateTable(
                name: "channel_state",
                columns: table => new
                {
                    Platform = table.Column<int>(type: "integer", nullable: false),
                    Key = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Value = table.Column<string>(type: "text", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_channel_state", x => new { x.Platform, x.Key });
                });

            migrationBuilder.CreateTable(
                name: "checkin_answers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OccurrenceId = table.Column<Guid>(type: "uuid", nullable: false),
                    CollaborationId = table.Column<Guid>(type: "uuid", nullable: false),
                    MemberId = table.Column<Guid>(type: "uuid", nullable: false),
                    SmallWin = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    Rating = table.Column<int>(type: "integer", nullable: false),
                    Dimension = table.Column<int>(type: "integer", nullable: true),
                    Obstacle = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    AnsweredAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    EditedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_checkin_answers", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "checkin_occurrences",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CollaborationId = table.Column<Guid>(type: "uuid", nullable: false),
                    ScheduledAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ClosesAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    RemindAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    prompted_member_ids = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_checkin_occurrences", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "checkin_schedules",
                columns: table => new
                {
                    CollaborationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Cron = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    IntervalWeeks = table.Column<int>(type: "integer", nullable: false),
                    AnchorWeek = table.Column<DateOnly>(type: "date", nullable: false),
                    TimeZoneId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    PausedUntil = table.Column<DateOnly>(type: "date", nullable: true),
                    ReminderDelay = table.Column<TimeSpan>(type: "interval", nullable: false),
                    LastRunOccurrence = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    skip_dates = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_checkin_schedules", x => x.CollaborationId);
                });

            migrationBuilder.CreateTable(
                name: "commitments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CollaborationId = table.Column<Guid>(type: "uuid", nullable: false),
                    MemberId = table.Column<Guid>(type: "uuid", nullable: false),
                    Want = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Give = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    MadeAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_commitments", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "DataProtectionKeys",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    FriendlyName = table.Column<string>(type: "text", nullable: true),
                    Xml = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DataProtectionKeys", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "digest_subscriptions",
                columns: table => new
                {
                    CollaborationId = table.Column<Guid>(type: "uuid", nullable: false),
                    WorkspaceId = table.Column<Guid>(type: "uuid", nullable: false),
                    TargetConversationId = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Cron = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    TimeZoneId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    RecipientUserId = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_digest_subscriptions", x => x.CollaborationId);
                });

            migrationBuilder.CreateTable(
                name: "files",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Platform = table.Column<int>(type: "integer", nullable: false),
                    WorkspaceId = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    OwnerUserId = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ContentType = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Content = table.Column<byte[]>(type: "bytea", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_files", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "handled_turns",
                columns: table => new
                {
                    DedupKey = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    HandledAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_handled_turns", x => x.DedupKey);
                });

            migrationBuilder.CreateTable(
                name: "images",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Png = table.Column<byte[]>(type: "bytea", nullable: true),
                    Chart = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_images", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "inbox",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    DedupKey = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    TurnJson = table.Column<string>(type: "text", nullable: false),
                    AcceptedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    LeaseUntil = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    LeaseOwner = table.Column<Guid>(type: "uuid", nullable: true),
                    CompletedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_inbox", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "interventions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CollaborationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Rule = table.Column<int>(type: "integer", nullable: false),
                    Signals = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Message = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ContributionsBefore = table.Column<int>(type: "integer", nullable: true),
                    ContributionsAfter = table.Column<int>(type: "integer", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_interventions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "outbox",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    IdempotencyKey = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Platform = table.Column<int>(type: "integer", nullable: false),
                    WorkspaceId = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ConversationId = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    RecipientUserId = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Unsolicited = table.Column<bool>(type: "boolean", nullable: false),
                    PayloadJson = table.Column<string>(type: "text", nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    Attempts = table.Column<int>(type: "integer", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    NextAttemptAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    LeaseUntil = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    LeaseOwner = table.Column<Guid>(type: "uuid", nullable: true),
                    SentAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    DeliveredSeq = table.Column<long>(type: "bigint", nullable: true),
                    PlatformMessageId = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    LastError = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_outbox", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "participation_days",
                columns: table => new
                {
                    Day = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    MemberId = table.Column<Guid>(type: "uuid", nullable: false),
                    CollaborationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Signals = table.Column<int>(type: "integer", nullable: false),
                    LastAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_participation_days", x => new { x.Day, x.MemberId });
                });

            migrationBuilder.CreateTable(
                name: "participation_signals",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CollaborationId = table.Column<Guid>(type: "uuid", nullable: false),
                    MemberId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Day = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_participation_signals", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "small_wins",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CollaborationId = table.Column<Guid>(type: "uuid", nullable: false),
                    MemberId = table.Column<Guid>(type: "uuid", nullable: false),
                    Text = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CheckInAnswerId = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_small_wins", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "value_offers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CollaborationId = table.Column<Guid>(type: "uuid", nullable: false),
                    OfferedBy = table.Column<Guid>(type: "uuid", nullable: false),
                    Text = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_value_offers", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "workspaces",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Platform = table.Column<int>(type: "integer", nullable: false),
                    ExternalId = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_workspaces", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "collaborations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    WorkspaceId = table.Column<Guid>(type: "uuid", nullable: false),
                    ChannelId = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Challenge = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    BigWin = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    TimeZoneId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    CurrentPhase = table.Column<int>(type: "integer", nullable: false),
                    PhaseStartedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    fade_settings = table.Column<string>(type: "text", nullable: false),
                    muted_catalysts = table.Column<string>(type: "text", nullable: false),
                    planned_days = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_collaborations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_collaborations_workspaces_WorkspaceId",
                        column: x => x.WorkspaceId,
                        principalTable: "workspaces",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "concerns",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CollaborationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Number = table.Column<int>(type: "integer", nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    Text = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    RaisedBy = table.Column<Guid>(type: "uuid", nullable: true),
                    OwnerId = table.Column<Guid>(type: "uuid", nullable: true),
                    RaisedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    DoneAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    SentToSponsorAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_concerns", x => x.Id);
                    table.ForeignKey(
                        name: "FK_concerns_collaborations_CollaborationId",
                        column: x => x.CollaborationId,
                        principalTable: "collaborations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "decisions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CollaborationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Number = table.Column<int>(type: "integer", nullable: false),
                    Text = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    ProposedBy = table.Column<Guid>(type: "uuid", nullable: true),
                    ProposedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ClosesAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ClosedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Outcome = table.Column<int>(type: "integer", nullable: true),
                    FastConsensus = table.Column<bool>(type: "boolean", nullable: false),
                    Revision = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_decisions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_decisions_collaborations_CollaborationId",
                        column: x => x.CollaborationId,
                        principalTable: "collaborations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "glossary_definitions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CollaborationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Number = table.Column<int>(type: "integer", nullable: false),
                    Term = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    Key = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    Text = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    ProposedBy = table.Column<Guid>(type: "uuid", nullable: true),
                    ProposedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    AcceptedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ConfirmedByConvener = table.Column<bool>(type: "boolean", nullable: false),
                    SupersededAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    agreed_by = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_glossary_definitions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_glossary_definitions_collaborations_CollaborationId",
                        column: x => x.CollaborationId,
                        principalTable: "collaborations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "members",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CollaborationId = table.Column<Guid>(type: "uuid", nullable: false),
                    PlatformUserId = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    DisplayName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Sector = table.Column<int>(type: "integer", nullable: true),
                    Roles = table.Column<int>(type: "integer", nullable: false),
                    AwayUntil = table.Column<DateOnly>(type: "date", nullable: true),
                    JoinedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    TimeZoneId = table.Column<string>(type: "text", nullable: true),
                    QuietFrom = table.Column<TimeOnly>(type: "time without time zone", nullable: false),
                    QuietTo = table.Column<TimeOnly>(type: "time without time zone", nullable: false),
                    NudgesOff = table.Column<bool>(type: "boolean", nullable: false),
                    CelebrateWins = table.Column<bool>(type: "boolean", nullable: true),
                    assets = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_members", x => x.Id);
                    table.ForeignKey(
                        name: "FK_members_collaborations_CollaborationId",
                        column: x => x.CollaborationId,
                        principalTable: "collaborations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "phase_transitions",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CollaborationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Phase = table.Column<int>(type: "integer", nullable: false),
                    EnteredAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    EnteredByMemberId = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_phase_transitions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_phase_transitions_collaborations_CollaborationId",
                        column: x => x.CollaborationId,
                        principalTable: "collaborations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "puzzles",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CollaborationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Number = table.Column<int>(type: "integer", nullable: false),
                    Statement = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    RaisedBy = table.Column<Guid>(type: "uuid", nullable: true),
                    RaisedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ClosedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_puzzles", x => x.Id);
                    table.ForeignKey(
                        name: "FK_puzzles_collaborations_CollaborationId",
                        column: x => x.CollaborationId,
                        principalTable: "collaborations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "signal_tallies",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CollaborationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    Month = table.Column<DateOnly>(type: "date", nullable: false),
                    Count = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_signal_tallies", x => x.Id);
                    table.ForeignKey(
                        name: "FK_signal_tallies_collaborations_CollaborationId",
                        column: x => x.CollaborationId,
                        principalTable: "collaborations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "decision_positions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    DecisionId = table.Column<Guid>(type: "uuid", nullable: false),
                    MemberId = table.Column<Guid>(type: "uuid", nullable: true),
                    Stance = table.Column<int>(type: "integer", nullable: false),
                    Reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    TakenAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ResolvedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    BroughtBackAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_decision_positions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_decision_positions_decisions_DecisionId",
                        column: x => x.DecisionId,
                        principalTable: "decisions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "process_map",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CollaborationId = table.Column<Guid>(type: "uuid", nullable: false),
                    MemberId = table.Column<Guid>(type: "uuid", nullable: false),
                    Phase = table.Column<int>(type: "integer", nullable: false),
                    Involvement = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_process_map", x => x.Id);
                    table.ForeignKey(
                        name: "FK_process_map_collaborations_CollaborationId",
                        column: x => x.CollaborationId,
                        principalTable: "collaborations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_process_map_members_MemberId",
                        column: x => x.MemberId,
                        principalTable: "members",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "puzzle_answers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PuzzleId = table.Column<Guid>(type: "uuid", nullable: false),
                    MemberId = table.Column<Guid>(type: "uuid", nullable: true),
                    Facet = table.Column<int>(type: "integer", nullable: false),
                    Text = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    AnsweredAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_puzzle_answers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_puzzle_answers_puzzles_PuzzleId",
                        column: x => x.PuzzleId,
                        principalTable: "puzzles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_checkin_answers_MemberId",
                table: "checkin_answers",
                column: "MemberId");

            migrationBuilder.CreateIndex(
                name: "IX_checkin_answers_OccurrenceId_MemberId",
                table: "checkin_answers",
                columns: new[] { "OccurrenceId", "MemberId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_checkin_occurrences_CollaborationId_ScheduledAt",
                table: "checkin_occurrences",
                columns: new[] { "CollaborationId", "ScheduledAt" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_checkin_occurrences_RemindAt_ClosesAt",
                table: "checkin_occurrences",
                columns: new[] { "RemindAt", "ClosesAt" });

            migrationBuilder.CreateIndex(
                name: "IX_collaborations_PhaseStartedAt",
                table: "collaborations",
                column: "PhaseStartedAt");

            migrationBuilder.CreateIndex(
                name: "IX_collaborations_WorkspaceId_ChannelId",
                table: "collaborations",
                columns: new[] { "WorkspaceId", "ChannelId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_commitments_MemberId_MadeAt",
                table: "commitments",
                columns: new[] { "MemberId", "MadeAt" });

            migrationBuilder.CreateIndex(
                name: "IX_concerns_CollaborationId_Number",
                table: "concerns",
                columns: new[] { "CollaborationId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_concerns_Kind_DoneAt_SentToSponsorAt_RaisedAt",
                table: "concerns",
                columns: new[] { "Kind", "DoneAt", "SentToSponsorAt", "RaisedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_decision_positions_DecisionId_MemberId",
                table: "decision_positions",
                columns: new[] { "DecisionId", "MemberId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_decision_positions_MemberId",
                table: "decision_positions",
                column: "MemberId");

            migrationBuilder.CreateIndex(
                name: "IX_decisions_ClosedAt_ClosesAt",
                table: "decisions",
                columns: new[] { "ClosedAt", "ClosesAt" });

            migrationBuilder.CreateIndex(
                name: "IX_decisions_CollaborationId_Number",
                table: "decisions",
                columns: new[] { "CollaborationId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_digest_subscriptions_Cron_TimeZoneId",
                table: "digest_subscriptions",
                columns: new[] { "Cron", "TimeZoneId" });

            migrationBuilder.CreateIndex(
                name: "IX_files_Platform_WorkspaceId_OwnerUserId",
                table: "files",
                columns: new[] { "Platform", "WorkspaceId", "OwnerUserId" });

            migrationBuilder.CreateIndex(
                name: "IX_glossary_definitions_CollaborationId_Number",
                table: "glossary_definitions",
                columns: new[] { "CollaborationId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_inbox_CompletedAt",
                table: "inbox",
                column: "CompletedAt");

            migrationBuilder.CreateIndex(
                name: "IX_inbox_DedupKey",
                table: "inbox",
                column: "DedupKey",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_interventions_CollaborationId_Rule_At",
                table: "interventions",
                columns: new[] { "CollaborationId", "Rule", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_members_CollaborationId_PlatformUserId",
                table: "members",
                columns: new[] { "CollaborationId", "PlatformUserId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_members_PlatformUserId",
                table: "members",
                column: "PlatformUserId");

            migrationBuilder.CreateIndex(
                name: "IX_outbox_IdempotencyKey",
                table: "outbox",
                column: "IdempotencyKey",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_outbox_Platform_DeliveredSeq",
                table: "outbox",
                columns: new[] { "Platform", "DeliveredSeq" });

            migrationBuilder.CreateIndex(
                name: "IX_outbox_Platform_Status_NextAttemptAt",
                table: "outbox",
                columns: new[] { "Platform", "Status", "NextAttemptAt" });

            migrationBuilder.CreateIndex(
                name: "IX_outbox_RecipientUserId_NextAttemptAt",
                table: "outbox",
                columns: new[] { "RecipientUserId", "NextAttemptAt" });

            migrationBuilder.CreateIndex(
                name: "IX_participation_days_CollaborationId_Day",
                table: "participation_days",
                columns: new[] { "CollaborationId", "Day" });

            migrationBuilder.CreateIndex(
                name: "IX_participation_signals_Day",
                table: "participation_signals",
                column: "Day");

            migrationBuilder.CreateIndex(
                name: "IX_participation_signals_MemberId_At",
                table: "participation_signals",
                columns: new[] { "MemberId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_phase_transitions_CollaborationId",
                table: "phase_transitions",
                column: "CollaborationId");

            migrationBuilder.CreateIndex(
                name: "IX_process_map_CollaborationId_MemberId_Phase",
                table: "process_map",
                columns: new[] { "CollaborationId", "MemberId", "Phase" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_process_map_MemberId",
                table: "process_map",
                column: "MemberId");

            migrationBuilder.CreateIndex(
                name: "IX_puzzle_answers_MemberId",
                table: "puzzle_answers",
                column: "MemberId");

            migrationBuilder.CreateIndex(
                name: "IX_puzzle_answers_PuzzleId",
                table: "puzzle_answers",
                column: "PuzzleId");

            migrationBuilder.CreateIndex(
                name: "IX_puzzles_CollaborationId_Number",
                table: "puzzles",
                columns: new[] { "CollaborationId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_signal_tallies_CollaborationId_Kind_Month",
                table: "signal_tallies",
                columns: new[] { "CollaborationId", "Kind", "Month" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_small_wins_CheckInAnswerId",
                table: "small_wins",
                column: "CheckInAnswerId");

            migrationBuilder.CreateIndex(
                name: "IX_small_wins_CollaborationId_At",
                table: "small_wins",
                columns: new[] { "CollaborationId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_small_wins_MemberId_At",
                table: "small_wins",
                columns: new[] { "MemberId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_value_offers_CollaborationId",
                table: "value_offers",
                column: "CollaborationId");

            migrationBuilder.CreateIndex(
                name: "IX_workspaces_Platform_ExternalId",
                table: "workspaces",
                columns: new[] { "Platform", "ExternalId" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "channel_state");

            migrationBuilder.DropTable(
                name: "checkin_answers");

            migrationBuilder.DropTable(
                name: "checkin_occurrences");

            migrationBuilder.DropTable(
                name: "checkin_schedules");

            migrationBuilder.DropTable(
                name: "commitments");

            migrationBuilder.DropTable(
                name: "concerns");

            migrationBuilder.DropTable(
                name: "DataProtectionKeys");

            migrationBuilder.DropTable(
                name: "decision_positions");

            migrationBuilder.DropTable(
                name: "digest_subscriptions");

            migrationBuilder.DropTable(
                name: "files");

            migrationBuilder.DropTable(
                name: "glossary_definitions");

            migrationBuilder.DropTable(
                name: "handled_turns");

            migrationBuilder.DropTable(
                name: "images");

            migrationBuilder.DropTable(
                name: "inbox");

            migrationBuilder.DropTable(
                name: "interventions");

            migrationBuilder.DropTable(
                name: "outbox");

            migrationBuilder.DropTable(
                name: "participation_days");

            migrationBuilder.DropTable(
                name: "participation_signals");

            migrationBuilder.DropTable(
                name: "phase_transitions");

            migrationBuilder.DropTable(
                name: "process_map");

            migrationBuilder.DropTable(
                name: "puzzle_answers");

            migrationBuilder.DropTable(
                name: "signal_tallies");

            migrationBuilder.DropTable(
                name: "small_wins");

            migrationBuilder.DropTable(
                name: "value_offers");

            migrationBuilder.DropTable(
                name: "decisions");

            migrationBuilder.DropTable(
                name: "members");

            migrationBuilder.DropTable(
                name: "puzzles");

            migrationBuilder.DropTable(
                name: "collaborations");

            migrationBuilder.DropTable(
                name: "workspaces");

            migrationBuilder.DropSequence(
                name: "outbox_delivery_seq");
        }
    }
}
