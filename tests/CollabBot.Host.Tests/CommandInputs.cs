using System.Globalization;
using CsCheck;

namespace CollabBot.Host.Tests;

/// <summary>
/// Generated command lines: every command word (and its sub-words), followed by arbitrary text, dates, times,
/// durations, numbers, mentions and control characters, as people or a hostile client could type them.
/// </summary>
public static class CommandInputs
{
    public static readonly string[] Verbs =
    [
        "help", "start", "challenge", "goal", "join", "join as", "role @ben", "role", "phase", "phase next", "status", "timezone", "timezone me",
        "checkin", "checkin every", "checkin cron", "checkin skip", "checkin pause until", "checkin resume", "checkin remind", "checkin off",
        "away until", "back", "quiet", "commit", "offer", "offers", "win", "celebrate", "me", "propose", "propose Pilot closes", "vote 1", "vote",
        "close", "reservations", "resolve", "define", "define term:", "agree", "confirm", "glossary", "what is", "roles", "map", "map @ben",
        "assets", "who has", "suggest", "obstacle", "risk", "risk x owner", "obstacles", "risks", "done", "puzzle", "puzzle answer 1", "puzzle close",
        "export", "export team", "forget", "forget me", "health", "health thresholds", "health thresholds ratio", "health thresholds baseline",
        "health thresholds grace", "nudges", "catalyst", "catalyst mute", "catalyst unmute", "digest", "digest to", "digest to me every",
        "digest to #coordinators every", "digest now", "digest off",
        "idea", "idea tag 1", "idea tag", "idea promote 1", "idea promote", "ideas", "ideas top", "ideas sectors", "ideas #", "+1", "+1 1",
        "action", "action x owner", "action x due", "action 1 owner", "action 1 due", "actions", "actions mine", "done 2", "decide", "decide quorum",
        "vote 1 abstain", "propose substantive:", "propose logistics:", "agenda", "agenda post",
        "puzzle propose 1", "puzzle action 1", "puzzle action 1 1",
        "shared", "shared at", "endorse", "adopter", "plain", "plain on", "plain off",
        "phase plan", "phase plan ideate", "phase plan test 3", "obstacle x for", "obstacle x for @ben",
    ];

    private static readonly string[] Words =
    [
        "me", "as", "to", "every", "until", "closes", "on", "off", "now", "next", "confirm", "team", "agree", "reservations", "disagree", "block",
        "lead", "contribute", "consult", "inform", "ratio", "baseline", "grace", "citizen", "ngo", "public", "business", "knowledge", "convener",
        "facilitator", "catalyst", "sponsor", "coordinator", "Understand", "Ideate", "Test", "Implement", "Spread", "monday", "friday",
        "tuesday,thursday", "weeks", "#coordinators", "@ben", "@ana", "<@ben>", "<@nobody>", "@", "#", "\"0 9 * * 1\"", "\"* * * * * *\"",
        "Europe/Copenhagen", "Mars/Olympus", "Romance Standard Time", "yes", "no", "know", "differ", "urgency", "tunnel-vision", ";", ":", "'", "`",
        "abstain", "owner", "due", "quorum", "promote", "tag", "top", "sectors", "mine", "substantive", "logistics", "today", "tomorrow",
    ];

    private static readonly string[] Edges =
    [
        "NaN", "-NaN", "Infinity", "-Infinity", "∞", "1e308", "1e309", "-1e309", "4.9e-324", "-0", "0", "-1", "1", "0.05", "0.95", "30%", "1000%",
        "2147483647", "2147483648", "-2147483649", "9223372036854775808", "99999999999999999999999", "0x1F", "١٢", "½", "1,5", "1_000",
        "9999-12-31", "0001-01-01", "0000-00-00", "2026-02-29", "2028-02-29", "2026-13-01", "2026-12-32", "+275760-09-13", "-2026-01-01",
        "24:00", "25:61", "23:59", "00:00", "-01:00", "99:99", "P99999D", "P1Y", "PT0S", "P-1D", "P10675199D", "PT99999999H", "9999w", "0d", "-1d",
        "99999999h", "10000 weeks", "\0", "a\0b", "\u0001", "\u001b[31m", "\ud800", "\udfff", "\u200f", "\ufeff", "\r\n", "\t", "😀", "𝔘𝔫𝔦",
        "<!channel>", "<script>", "&amp;", "=SUM(A1)",
    ];

    private static readonly Gen<string> Number = Gen.OneOf(
        Gen.Int.Select(i => i.ToString(CultureInfo.InvariantCulture)),
        Gen.Long.Select(l => l.ToString(CultureInfo.InvariantCulture)),
        Gen.Double.Select(d => d.ToString("R", CultureInfo.InvariantCulture)));

    private static readonly Gen<string> Date = Gen.Select(Gen.Int[-1, 10001], Gen.Int[0, 13], Gen.Int[0, 32],
        (y, m, d) => string.Create(CultureInfo.InvariantCulture, $"{y:D4}-{m:D2}-{d:D2}"));

    private static readonly Gen<string> Time = Gen.Select(Gen.Int[-1, 25], Gen.Int[-1, 61], (h, m) => string.Create(CultureInfo.InvariantCulture, $"{h:D2}:{m:D2}"));

    private static readonly Gen<string> Duration = Gen.Select(Gen.Int[-5, 100_000], Gen.OneOf(new[] { "d", "h", "w", "m", " days", " weeks", "min" }),
        (n, unit) => string.Create(CultureInfo.InvariantCulture, $"{n}{unit}"));

    /// <summary>Any UTF-16 code unit, lone surrogates and NUL included.</summary>
    private static readonly Gen<string> AnyText = Gen.Char.Array[1, 40].Select(chars => new string(chars));

    private static readonly Gen<string> LongText = Gen.Select(Gen.Int[201, 6000], Gen.Char['a', 'z'], (n, c) => new string(c, n));

    public static readonly Gen<string> Token = Gen.Frequency(
        (6, Gen.OneOf(Words)),
        (4, Gen.OneOf(Edges)),
        (2, Number),
        (2, Date),
        (1, Time),
        (1, Duration),
        (2, AnyText),
        (1, LongText));

    /// <summary>A command line and who types it: 0 the convener, 1 a member, 2 someone who has not joined.</summary>
    public static readonly Gen<(string Text, int Caller)> Line = Gen.Select(
        Gen.OneOf(Verbs), Token.Array[0, 4], Gen.Int[0, 2],
        (verb, tokens, caller) => (tokens.Length == 0 ? verb : verb + " " + string.Join(' ', tokens), caller));
}
