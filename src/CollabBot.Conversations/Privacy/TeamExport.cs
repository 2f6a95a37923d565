using CollabBot.Conversations.Collaborations;
using CollabBot.Conversations.Decisions;
using CollabBot.Domain.Collaborations;
using CollabBot.Domain.Members;

namespace CollabBot.Conversations.Privacy;

/// <summary>The whole collaboration for its conveners (issue 8, point 8): JSON, and the members as CSV.</summary>
public sealed record TeamExport(
    string Name, string? Challenge, string? BigWin, string Phase, DateTimeOffset ExportedAt,
    IReadOnlyList<TeamExport.MemberRow> Members,
    IReadOnlyList<TeamExport.DecisionRow> Decisions,
    IReadOnlyList<TeamExport.TermRow> Glossary,
    IReadOnlyList<TeamExport.ConcernRow> ObstaclesAndRisks,
    IReadOnlyList<TeamExport.IdeaRow> Ideas,
    IReadOnlyList<TeamExport.ActionRow> Actions,
    IReadOnlyList<TeamExport.LookBackRow> LookingBack)
{
    /// <summary>A closed look back at a phase end: its summary, naming nobody (issue 27, item 6).</summary>
    public sealed record LookBackRow(string Phase, DateTimeOffset ClosedAt, int Answers, string Summary);

    public sealed record IdeaRow(int Number, string Text, string? Author, string? Sector, int Support, IReadOnlyList<string> Tags, int? Proposal);

    public sealed record ActionRow(int Number, string Text, string? Owner, DateOnly? Due, bool Open);

    public sealed record MemberRow(string Name, string? Sector, string Roles, IReadOnlyList<string> Assets, DateTimeOffset JoinedAt);

    public sealed record DecisionRow(int Number, string Text, string Outcome, bool FastConsensus, string Tally, IReadOnlyList<string> OpenReservations);

    public sealed record TermRow(string Term, string Definition, bool Accepted);

    public sealed record ConcernRow(int Number, string Kind, string Text, string? Owner, bool Open);

    public static TeamExport For(Collaboration collaboration, TeamRecords records, DateTimeOffset now)
    {
        var members = collaboration.Members.Select(m => m.Id).ToHashSet();
        return new TeamExport(
            collaboration.Name, collaboration.Challenge, collaboration.BigWin, collaboration.CurrentPhase.ToString(), now,
            collaboration.Members.Select(m => new MemberRow(m.DisplayName, m.Sector is { } s ? SectorNames.Display(s) : null, RoleNames.Display(m.Roles), m.Assets, m.JoinedAt)).ToList(),
            records.Decisions.OrderBy(d => d.Number).Select(d => new DecisionRow(
                d.Number, d.Text, DecisionCard.Outcome(d), d.FastConsensus, DecisionMessages.TallyText(d, collaboration),
                d.CountedPositions(members).Where(p => p.IsOpenReservation).Select(p => $"{MemberNames.Of(collaboration, p.MemberId)}: {p.Reason}").ToList())).ToList(),
            records.Glossary.Definitions.Where(d => !d.IsAccepted || d.SupersededAt is null).Select(d => new TermRow(d.Term, d.Text, d.IsAccepted)).ToList(),
            records.Concerns.Select(c => new ConcernRow(c.Number, c.Kind.ToString().ToLowerInvariant(), c.Text, c.OwnerId is null ? null : MemberNames.Of(collaboration, c.OwnerId), c.IsOpen)).ToList(),
            records.Ideas.OrderBy(i => i.Number).Select(i => new IdeaRow(
                i.Number, i.Text, i.AuthorId is null ? null : MemberNames.Of(collaboration, i.AuthorId), i.Sector is { } sector ? SectorNames.Display(sector) : null,
                i.Support, i.Tags, i.ProposalNumber)).ToList(),
            records.Actions.Select(a => new ActionRow(a.Number, a.Text, a.OwnerId is null ? null : MemberNames.Of(collaboration, a.OwnerId), a.DueOn, a.IsOpen)).ToList(),
            records.Retrospectives.Where(r => r.ClosedAt is not null).OrderBy(r => r.OpenedAt)
                .Select(r => new LookBackRow(r.Phase.ToString(), r.ClosedAt!.Value, r.AnswerCount, r.Summary ?? "")).ToList());
    }

    /// <summary>The members as CSV, safe to open in a spreadsheet (<see cref="MembersCsv"/>).</summary>
    public static string MembersCsv(Collaboration collaboration) => Privacy.MembersCsv.Write(collaboration);
}
