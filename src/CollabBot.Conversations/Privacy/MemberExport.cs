using CollabBot.Conversations.Decisions;
using CollabBot.Domain.Collaborations;
using CollabBot.Domain.Decisions;
using CollabBot.Domain.Members;

namespace CollabBot.Conversations.Privacy;

/// <summary>A member's own data (DOMAIN.md §8), shaped for <c>export</c>; serialised with System.Text.Json.</summary>
public sealed record MemberExport(
    string Collaboration,
    DateTimeOffset ExportedAt,
    MemberExport.Profile Me,
    IReadOnlyList<MemberExport.PositionTaken> Positions,
    IReadOnlyList<MemberExport.DefinitionRecord> Definitions,
    IReadOnlyList<MemberExport.ConcernRecord> ObstaclesAndRisks,
    IReadOnlyList<MemberExport.MapPart> ProcessMap,
    IReadOnlyList<MemberExport.AnswerRecord> PuzzleAnswers,
    IReadOnlyList<MemberExport.IdeaRecord> Ideas,
    IReadOnlyList<MemberExport.ActionRecord> Actions,
    MemberHistory ValueChainAndParticipation)
{
    public sealed record Profile(string UserId, string DisplayName, string? Sector, string Roles, IReadOnlyList<string> Assets, DateOnly? AwayUntil, DateTimeOffset JoinedAt);

    public sealed record PositionTaken(int Proposal, string Text, string Position, string? Reason, DateTimeOffset TakenAt, bool ReservationResolved);

    public sealed record DefinitionRecord(int Number, string Term, string Definition, bool ProposedByMe, bool Accepted);

    public sealed record ConcernRecord(int Number, string Kind, string Text, bool RaisedByMe, bool OwnedByMe, bool Open);

    public sealed record MapPart(string Phase, string Part);

    public sealed record AnswerRecord(int Puzzle, string Question, string Answer, DateTimeOffset AnsweredAt);

    public sealed record IdeaRecord(int Number, string Text, bool PostedByMe, bool SupportedByMe);

    public sealed record ActionRecord(int Number, string Text, bool OwnedByMe, DateOnly? Due, bool Open);

    public static MemberExport For(Collaboration collaboration, Member member, TeamRecords records, MemberHistory history, DateTimeOffset now) => new(
        collaboration.Name,
        now,
        new Profile(member.PlatformUserId, member.DisplayName, member.Sector is { } s ? SectorNames.Display(s) : null,
            RoleNames.Display(member.Roles), member.Assets, member.AwayUntil, member.JoinedAt),
        records.Decisions.SelectMany(d => d.Positions.Where(p => p.MemberId == member.Id).Select(p =>
            new PositionTaken(d.Number, d.Text, StanceNames.Display(p.Stance), p.Reason, p.TakenAt, p.ResolvedAt is not null))).ToList(),
        records.Glossary.Definitions.Where(d => d.ProposedBy == member.Id || d.AgreedBy.Contains(member.Id))
            .Select(d => new DefinitionRecord(d.Number, d.Term, d.Text, d.ProposedBy == member.Id, d.IsAccepted)).ToList(),
        records.Concerns.Where(c => c.RaisedBy == member.Id || c.OwnerId == member.Id)
            .Select(c => new ConcernRecord(c.Number, c.Kind.ToString().ToLowerInvariant(), c.Text, c.RaisedBy == member.Id, c.OwnerId == member.Id, c.IsOpen)).ToList(),
        records.Map.Where(e => e.MemberId == member.Id)
            .Select(e => new MapPart(e.Phase.ToString(), e.Involvement.ToString().ToLowerInvariant())).ToList(),
        records.Puzzles.SelectMany(p => p.Answers.Where(a => a.MemberId == member.Id)
            .Select(a => new AnswerRecord(p.Number, Puzzles.PuzzleCard.Question(a.Facet), a.Text, a.AnsweredAt))).ToList(),
        records.Ideas.Where(i => i.AuthorId == member.Id || i.SupportedBy.Contains(member.Id)).OrderBy(i => i.Number)
            .Select(i => new IdeaRecord(i.Number, i.Text, i.AuthorId == member.Id, i.SupportedBy.Contains(member.Id))).ToList(),
        records.Actions.Where(a => a.OwnerId == member.Id || a.CreatedBy == member.Id)
            .Select(a => new ActionRecord(a.Number, a.Text, a.OwnerId == member.Id, a.DueOn, a.IsOpen)).ToList(),
        history);
}
