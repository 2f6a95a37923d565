using System.Globalization;
using CollabBot.Domain.Collaborations;
using CollabBot.Domain.Members;
using CsvHelper;

namespace CollabBot.Conversations.Privacy;

/// <summary>
/// The members of a collaboration as CSV (RFC 4180, every value quoted, CRLF between records), written with CsvHelper.
/// A cell a spreadsheet would run as a formula (starting with =, +, -, @, a tab or a carriage return) gets a leading
/// single quote, as OWASP advises against CSV injection; people see the text as they wrote it.
/// </summary>
public static class MembersCsv
{
    // CsvHelper's injection characters default to OWASP's list: = @ + -, tab and CR; its escape to a single quote.
    private static readonly CsvWriterOptions Options = new() { Injection = CsvInjection.Escape, NewLine = "\r\n" };

    public static string Write(Collaboration collaboration)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        using (var csv = CsvWriter.Create(text, Options, leaveOpen: true))
        {
            foreach (var header in new[] { "name", "sector", "roles", "assets", "joined_at" })
            {
                csv.WriteField(header);
            }

            csv.EndRecord();
            foreach (var m in collaboration.Members)
            {
                csv.WriteField(m.DisplayName, CsvQuoting.Always);
                csv.WriteField(m.Sector is { } s ? SectorNames.Display(s) : "", CsvQuoting.Always);
                csv.WriteField(RoleNames.Display(m.Roles), CsvQuoting.Always);
                csv.WriteField(string.Join("; ", m.Assets), CsvQuoting.Always);
                csv.WriteField(m.JoinedAt.ToString("O", CultureInfo.InvariantCulture), CsvQuoting.Always);
                csv.EndRecord();
            }
        }

        return text.ToString();
    }
}
