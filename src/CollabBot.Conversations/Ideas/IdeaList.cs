using CollabBot.Conversations.Collaborations;
using CollabBot.Conversations.Commands;
using CollabBot.Conversations.Messages;
using CollabBot.Domain.Collaborations;
using CollabBot.Domain.Ideas;
using CollabBot.Domain.Members;

namespace CollabBot.Conversations.Ideas;

/// <summary>The `ideas` card: newest, most supported, by tag, or by sector (with the sectors that gave none yet).</summary>
public static class IdeaList
{
    /// <summary>Ideas shown on one card; more are counted in the note.</summary>
    public const int MaxShown = 15;

    /// <summary>"+1" buttons on one card, for ideas the reader may still support.</summary>
    public const int MaxButtons = 5;

    public static Card Listed(string title, IReadOnlyList<Idea> ideas, int total, Collaboration collaboration, Guid readerId)
    {
        var shown = ideas.Take(MaxShown).ToList();
        return new Card
        {
            Title = title,
            Facts = shown.Select(i => new CardFact($"{i.Number}. {i.Text}", Details(i, collaboration))).ToList(),
            Actions = shown.Where(i => i.ProposalNumber is null && i.AuthorId != readerId && !i.SupportedBy.Contains(readerId)).Take(MaxButtons)
                .Select(i => new CardAction
                {
                    Id = $"support-{i.Number}",
                    Title = $"+1 idea {i.Number}",
                    Data = new Dictionary<string, string> { [CardActionText.CommandKey] = $"+1 {i.Number}" },
                }).ToList(),
            Note = (shown.Count < total ? $"{shown.Count} of {total} shown. " : "")
                + "`+1 <id>` supports one, `idea tag <id> <tags>` tags it, `idea promote <id>` puts it to a decision. `ideas top`, `ideas sectors`, `ideas #tag`.",
        };
    }

    /// <summary>Per sector of the team (and of the ideas), how many ideas and which; a team sector with none says so.</summary>
    public static Card BySector(IReadOnlyList<Idea> ideas, Collaboration collaboration)
    {
        var sectors = collaboration.SectorsPresent().Select(s => (Sector?)s).Concat(ideas.Select(i => i.Sector)).Distinct()
            .OrderBy(s => s is null).ThenBy(s => s).ToList();
        return new Card
        {
            Title = "Ideas by sector",
            Facts = sectors.Select(sector =>
            {
                var theirs = ideas.Where(i => i.Sector == sector).ToList();
                var name = sector is { } s ? SectorNames.Display(s) : "sector not given";
                return new CardFact($"{name} ({theirs.Count})", theirs.Count == 0
                    ? "no idea yet"
                    : string.Join("\n", theirs.Take(5).Select(i => $"{i.Number}. {Excerpt.Of(i.Text, 80)} (+{i.Support})")) + (theirs.Count > 5 ? $"\nand {theirs.Count - 5} more" : ""));
            }).ToList(),
            Note = "Where our ideas come from. A sector with no idea yet is a perspective to ask for.",
        };
    }

    private static string Details(Idea idea, Collaboration collaboration)
    {
        var parts = new List<string>
        {
            MemberNames.Of(collaboration, idea.AuthorId),
            idea.Sector is { } sector ? SectorNames.Display(sector) : "sector not given",
            $"+{idea.Support}",
        };
        if (idea.Tags.Count > 0)
        {
            parts.Add(string.Join(" ", idea.Tags.Select(t => "#" + t)));
        }

        if (idea.ProposalNumber is { } proposal)
        {
            parts.Add($"now proposal {proposal}");
        }

        return string.Join(" · ", parts);
    }
}
