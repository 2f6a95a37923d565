using System.Text;

namespace CollabBot.Operations.Tests;

/// <summary>Malformed bodies: none of them may be taken as a turn, none may cost a 500.</summary>
public static class HostileBodies
{
    public static IEnumerable<(string Name, byte[] Body)> Json(string validEnvelope)
    {
        yield return ("empty", []);
        yield return ("truncated", Utf8(validEnvelope[..(validEnvelope.Length / 2)]));
        yield return ("truncated after one byte", Utf8(validEnvelope[..1]));
        yield return ("null", Utf8("null"));
        yield return ("array", Utf8("[1,2,3]"));
        yield return ("string", Utf8("\"event_callback\""));
        yield return ("number", Utf8("1e999999"));
        yield return ("wrong types", Utf8("""{"type":123,"event":"x","event_id":[],"team_id":{},"authorizations":"no","text":{"a":1},"from":5,"conversation":[],"recipient":true,"conversationId":7,"userId":[],"userName":{},"values":"x","advance":42}"""));
        yield return ("duplicate keys", Utf8("""{"type":"event_callback","type":"url_verification","challenge":{"x":1}}"""));
        yield return ("deep array nesting", Utf8(new string('[', 100_000) + new string(']', 100_000)));
        yield return ("deep object nesting", Utf8(string.Concat(Enumerable.Repeat("{\"a\":", 20_000)) + "1" + new string('}', 20_000)));
        yield return ("invalid UTF-8", [.. Utf8("{\"type\":\"event_callback\",\"text\":\""), 0xC3, 0x28, 0xFF, 0xFE, 0xED, 0xA0, 0x80, .. Utf8("\"}")]);
        yield return ("lone surrogate escape", Utf8("""{"type":"message","text":"\ud800","conversationId":"c","userId":"u","userName":"\udfff"}"""));
        yield return ("NUL bytes", [0, 0, 0, 0, .. Utf8("{}")]);
        yield return ("1 MB of garbage", Utf8(new string('x', 1 << 20)));
    }

    public static IEnumerable<(string Name, byte[] Body)> Form()
    {
        yield return ("empty form", []);
        yield return ("bad escapes", Utf8("payload=%ZZ%%&text=%"));
        yield return ("payload not JSON", Utf8("payload={not json"));
        yield return ("payload truncated", Utf8("payload=" + Uri.EscapeDataString("""{"type":"block_actions","actions":[{"type":"butt""")));
        yield return ("payload wrong types", Utf8("payload=" + Uri.EscapeDataString("""{"type":"block_actions","user":"U1","actions":{"a":1},"team":7,"state":{"values":[1]},"view":"v"}""")));
        yield return ("payload deep nesting", Utf8("payload=" + Uri.EscapeDataString(new string('[', 50_000))));
        yield return ("payload invalid UTF-8", [.. Utf8("payload="), 0xC3, 0x28, 0xFF]);
        yield return ("command without fields", Utf8("command=%2Fcollab"));
        yield return ("command fields repeated", Utf8("team_id=T1&team_id=T2&channel_id=C1&user_id=U1&command=%2Fcollab&text=status&text=help"));
        yield return ("1 MB field name", Utf8(new string('k', 1 << 20) + "=1"));
    }

    /// <summary>Forms as the Hangfire dashboard's command buttons send them, with ids that exist, do not, or are garbage.</summary>
    public static IEnumerable<(string Name, byte[] Body)> DashboardCommands()
    {
        yield return ("a recurring job", Utf8("jobs[]=daily-scan"));
        yield return ("every recurring job", Utf8("jobs[]=daily-scan&jobs[]=checkin-reminders&jobs[]=phase-overrun-check"));
        yield return ("a job id that is no number", Utf8("jobs[]=abc"));
        yield return ("a job id too large", Utf8("jobs[]=99999999999999999999"));
        yield return ("an invalid UTF-8 id", [.. Utf8("jobs[]="), 0xC3, 0x28, 0xFF]);
        yield return ("a 1 MB id", Utf8("jobs[]=" + new string('j', 1 << 20)));
    }

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);
}
