using System.Security.Cryptography;
using System.Text;

namespace CollabBot.Conversations.Turns;

/// <summary>
/// Keeps a turn's duplicate-check key within what every table that holds it (inbox, handled turns, reply keys, adapter
/// state) stores: a longer key (a long button id or Teams conversation id) keeps its start and ends in the SHA-256 of
/// the whole, so the same delivery always gets the same key. Applying it again changes nothing.
/// </summary>
public static class DedupKeys
{
    public const int MaxLength = 200;
    private const int HashLength = 64;

    public static string Bounded(string key)
    {
        if (key.Length <= MaxLength)
        {
            return key;
        }

        var prefix = MaxLength - HashLength - 1;
        if (char.IsHighSurrogate(key[prefix - 1]))
        {
            prefix--;
        }

        return key[..prefix] + "~" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));
    }
}
