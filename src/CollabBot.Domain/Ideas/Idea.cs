using CollabBot.Domain.Collaborations;
using CollabBot.Domain.Members;

namespace CollabBot.Domain.Ideas;

/// <summary>
/// An idea a member puts to the team (DOMAIN.md §1, Ideate), kept with where it comes from: its author and the sector
/// they speak for. Others support it (+1) and tag it; a promoted idea becomes a proposal that names it.
/// </summary>
public sealed class Idea
{
    public const int MaxTextLength = 500;

    private List<Guid> _supportedBy = [];
    private List<string> _tags = [];

    private Idea()
    {
        Text = "";
    }

    public Guid Id { get; private set; }
    public Guid CollaborationId { get; private set; }

    /// <summary>Short number within the collaboration, as people type it ("+1 4").</summary>
    public int Number { get; private set; }

    public string Text { get; private set; }

    /// <summary>Null once the author asked to be forgotten; the sector stays, as an anonymous count.</summary>
    public Guid? AuthorId { get; private set; }

    /// <summary>The sector the author spoke for when they posted it (null when they had not said).</summary>
    public Sector? Sector { get; private set; }

    /// <summary>The phase the idea was posted in.</summary>
    public Phase Phase { get; private set; }

    public DateTimeOffset PostedAt { get; private set; }
    public IReadOnlyList<Guid> SupportedBy => _supportedBy;

    /// <summary>Support from members who were forgotten since: still counted, no longer named.</summary>
    public int FormerSupports { get; private set; }

    public IReadOnlyList<string> Tags => _tags;

    /// <summary>The proposal this idea became, once promoted.</summary>
    public int? ProposalNumber { get; private set; }

    public int Support => _supportedBy.Count + FormerSupports;

    public IdeaOrigin Origin => new(AuthorId, Sector);

    public static Idea Post(Guid collaborationId, int number, string text, Member author, Phase phase, DateTimeOffset now)
    {
        var trimmed = text?.Trim() ?? "";
        if (trimmed.Length == 0)
        {
            throw new DomainRuleViolation("Say what your idea is, e.g. `idea a tenants' repair café every month`.");
        }

        if (trimmed.Length > MaxTextLength)
        {
            throw new DomainRuleViolation($"The idea is {trimmed.Length} characters long; the most is {MaxTextLength}. Say it in a sentence or two.");
        }

        return new Idea
        {
            Id = Guid.NewGuid(),
            CollaborationId = collaborationId,
            Number = number,
            Text = trimmed,
            AuthorId = author.Id,
            Sector = author.Sector,
            Phase = phase,
            PostedAt = now,
        };
    }

    /// <summary>A member supports someone else's idea, once.</summary>
    public void SupportBy(Guid memberId)
    {
        if (memberId == AuthorId)
        {
            throw new DomainRuleViolation($"Idea {Number} is your own; +1 is for other people's ideas.");
        }

        if (_supportedBy.Contains(memberId))
        {
            throw new DomainRuleViolation($"You already support idea {Number}.");
        }

        _supportedBy = [.. _supportedBy, memberId];
    }

    /// <summary>Adds tags (see <see cref="IdeaTags"/>); tags it already has are kept once.</summary>
    public IReadOnlyList<string> Tag(IEnumerable<string> tags)
    {
        var added = IdeaTags.Read(tags).Where(t => !_tags.Contains(t)).ToList();
        if (_tags.Count + added.Count > IdeaTags.MaxPerIdea)
        {
            throw new DomainRuleViolation($"An idea has at most {IdeaTags.MaxPerIdea} tags; idea {Number} has {_tags.Count}.");
        }

        _tags = [.. _tags, .. added];
        return added;
    }

    /// <summary>The idea became a proposal; an idea is promoted once.</summary>
    public void Promote(int proposalNumber)
    {
        if (ProposalNumber is { } already)
        {
            throw new DomainRuleViolation($"Idea {Number} is already proposal {already}.");
        }

        ProposalNumber = proposalNumber;
    }

    /// <summary>Erases a member: no longer named as author or supporter; their support still counts, anonymously.</summary>
    public void Forget(Guid memberId)
    {
        if (AuthorId == memberId)
        {
            AuthorId = null;
        }

        if (_supportedBy.Contains(memberId))
        {
            _supportedBy = _supportedBy.Where(id => id != memberId).ToList();
            FormerSupports++;
        }
    }
}
