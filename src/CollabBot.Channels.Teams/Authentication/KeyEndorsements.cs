using System.Collections;
using System.Text.Json;
using Microsoft.IdentityModel.Tokens;

namespace CollabBot.Channels.Teams.Authentication;

/// <summary>
/// Reads the Bot Framework's <c>endorsements</c> extension of a JWKS key: the channels (e.g. <c>msteams</c>)
/// that key may sign for (PROTOCOLS.md §1.2).
/// </summary>
internal static class KeyEndorsements
{
    /// <summary>The endorsements of the key, or null when the key has none.</summary>
    public static IReadOnlyList<string>? Of(JsonWebKey key)
    {
        if (!key.AdditionalData.TryGetValue("endorsements", out var raw) || raw is null)
        {
            return null;
        }

        return raw switch
        {
            string single => [single],
            JsonElement { ValueKind: JsonValueKind.Array } array => array.EnumerateArray()
                .Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!).ToList(),
            IEnumerable items => items.Cast<object?>().Select(i => i?.ToString()).OfType<string>().ToList(),
            _ => null,
        };
    }
}
