using CollabBot.Conversations.Actions;
using CollabBot.Conversations.Catalysts;
using CollabBot.Conversations.Decisions;
using CollabBot.Domain.Catalysts;
using CollabBot.Domain.Collaborations;
using CollabBot.Domain.Decisions;
using CollabBot.Domain.Members;

namespace CollabBot.Conversations.Tests;

/// <summary>How the issue-28 commands read what people type: actions, due dates, proposal marks; and the tunnel-vision wording.</summary>
public sealed class DecideActTextFacts
{
    private static readonly DateTimeOffset Now = new(2026, 12, 7, 9, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly Monday = new(2026, 12, 7);
    private static readonly Collaboration Team = MakeTeam();

    [Theory]
    [InlineData("book the hall owner @ben due 2026-12-11", "book the hall", "ben-id", "2026-12-11")]
    [InlineData("book the hall due friday owner @ben", "book the hall", "ben-id", "2026-12-11")]
    [InlineData("ask the owner of the hall due tomorrow", "ask the owner of the hall", null, "2026-12-08")]
    [InlineData("check due diligence", "check due diligence", null, null)]
    [InlineData("call the board", "call the board", null, null)]
    [InlineData("7 owner @ben", "7", "ben-id", null)]
    [InlineData("7 due 2 weeks", "7", null, "2026-12-21")]
    public void An_action_reads_its_owner_and_due_date_in_either_order_and_leaves_other_words_in_the_text(string arguments, string text, string? owner, string? due)
    {
        var request = ActionRequest.Read(arguments, Team, [], Monday);

        Assert.Null(request.Error);
        Assert.Equal((text, owner, due), (request.Text, request.Owner?.PlatformUserId, request.Due?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Theory]
    [InlineData("book the hall owner @zoe", "member of the team")]
    [InlineData("book the hall due 2026-13-45", "can't read \"2026-13-45\" as a date")]
    [InlineData("book the hall due 32nd", "can't read \"32nd\" as a date")]
    public void A_non_member_owner_or_an_unreadable_date_is_refused_with_an_example(string arguments, string error)
    {
        var request = ActionRequest.Read(arguments, Team, [], Monday);

        Assert.Contains(error, request.Error);
    }

    [Theory]
    [InlineData("monday", "2026-12-14")] // today is a Monday: the next one
    [InlineData("Friday", "2026-12-11")]
    [InlineData("today", "2026-12-07")]
    [InlineData("3d", "2026-12-10")]
    [InlineData("in 2 weeks", "2026-12-21")]
    [InlineData("2027-01-05", "2027-01-05")]
    public void Due_dates_are_read_in_the_team_calendar(string text, string expected)
    {
        Assert.True(DueDateText.TryRead(text, Monday, out var date));
        Assert.Equal(expected, date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("1000 days")]
    [InlineData("someday")]
    [InlineData("-1d")]
    public void Other_words_are_not_due_dates(string text) => Assert.False(DueDateText.TryRead(text, Monday, out _));

    [Theory]
    [InlineData("substantive: Pilot heat pumps closes 3d", "Pilot heat pumps", DecisionWeight.Substantive, 72)]
    [InlineData("Logistics: Meet on Tuesdays", "Meet on Tuesdays", DecisionWeight.Logistics, 168)]
    [InlineData("Pilot heat pumps closes 1d", "Pilot heat pumps", DecisionWeight.Unmarked, 24)]
    [InlineData("substantive closes 2d", "", DecisionWeight.Substantive, 48)]
    public void A_proposal_reads_its_mark_and_closing_time(string arguments, string text, DecisionWeight weight, int hours)
    {
        var reading = ProposalStart.Read(arguments, Now, TimeZoneInfo.Utc);

        Assert.Null(reading.Error);
        Assert.Equal((text, weight, TimeSpan.FromHours(hours)), (reading.Text, reading.Weight, reading.ClosesAt - Now));
    }

    [Fact]
    public void Tunnel_vision_names_the_missing_sector_never_a_person_and_differs_fourteen_days_later()
    {
        var silent = new CatalystTrigger(CatalystRule.TunnelVision, "signals", new MissingPerspective([Sector.Citizen, Sector.CivilSociety], InTeam: true));
        var absent = new CatalystTrigger(CatalystRule.TunnelVision, "signals", new MissingPerspective([Sector.KnowledgeInstitution], InTeam: false));

        var first = CatalystMessages.For(silent, Now);
        Assert.Contains("citizen / end user or civil society / NGO", first);
        Assert.NotEqual(first, CatalystMessages.For(silent, Now.AddDays(14)));
        Assert.Contains("knowledge institution", CatalystMessages.For(absent, Now));
        Assert.All(Enumerable.Range(0, 3).SelectMany(d => new[] { CatalystMessages.For(silent, Now.AddDays(d)), CatalystMessages.For(absent, Now.AddDays(d)) }),
            m => Assert.True(m.Contains("perspective", StringComparison.Ordinal) && !m.Contains("Ben", StringComparison.Ordinal) && !m.Contains("Ana", StringComparison.Ordinal), m));
    }

    private static Collaboration MakeTeam()
    {
        var team = Collaboration.Start(Guid.NewGuid(), "C1", "Warm Homes", "UTC", "ana-id", "Ana", Now);
        team.Join("ben-id", "Ben", Now);
        return team;
    }
}
