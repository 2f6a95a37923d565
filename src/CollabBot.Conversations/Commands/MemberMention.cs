using System.Text.RegularExpressions;
using CollabBot.Conversations.Turns;
using CollabBot.Domain.Collaborations;

namespace CollabBot.Conversations.Commands;

/// <summary>
/// Finds the person a command names at the start of its arguments: a platform mention
/// (<c>&lt;@U123&gt;</c> or <c>&lt;@U123|name&gt;</c>) or, as in the Playground, <c>@</c> followed by a
/// user id or display name.
/// </summary>
public static partial class MemberMention
{
    public sealed record Resolved(string UserId, string DisplayName, string Rest);

    public static Resolved? Resolve(string arguments, Collaboration collaboration, IReadOnlyList<MemberRef> mentions)
    {
        var text = arguments.Trim();
        var platform = PlatformMention().Match(text);
        if (platform.Success)
        {
            var id = platform.Groups["id"].Value;
            var name = collaboration.FindMember(id)?.DisplayName
                ?? mentions.FirstOrDefault(m => m.UserId == id)?.DisplayName
                ?? (platform.Groups["name"].Success ? platform.Groups["name"].Value : id);
            return new Resolved(id, name, text[platform.Length..].Trim());
        }

        if (!text.StartsWith('@'))
        {
            return null;
        }

        // Longest match wins, so "@Ana Lopez facilitator" finds "Ana Lopez" rather than a member called "Ana".
        var candidates = collaboration.Members
            .SelectMany(m => new[] { (Key: m.PlatformUserId, Member: m), (Key: m.DisplayName, Member: m) })
            .Where(c => text.Length - 1 > c.Key.Length
                ? text[1..].StartsWith(c.Key + " ", StringComparison.OrdinalIgnoreCase)
                : string.Equals(text[1..], c.Key, StringComparison.OrdinalIgnoreCase))
            .OrderByDescending(c => c.Key.Length)
            .ToList();
        if (candidates.Count == 0)
        {
            return null;
        }

        var best = candidates[0];
        return new Resolved(best.Member.PlatformUserId, best.Member.DisplayName, text[(1 + best.Key.Length)..].Trim());
    }

    [GeneratedRegex(@"^<@(?<id>[^>|]+)(\|(?<name>[^>]*))?>")]
    private static partial Regex PlatformMention();
}
