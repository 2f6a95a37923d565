using System.Globalization;
using System.Text;
using CollabBot.Conversations.Commands;
using CollabBot.Conversations.Messages;
using Microsoft.Extensions.DependencyInjection;

namespace CollabBot.Conversations.Privacy;

/// <summary>
/// Sends an export as a real file in a direct message, whatever its size: the bytes are stored in the turn's unit of
/// work (erased with the member by <c>forget me</c>) and the message carries a reference and a signed download link.
/// </summary>
public static class ExportFiles
{
    /// <summary>How long an export's bytes and its download link last.</summary>
    public static readonly TimeSpan KeptFor = TimeSpan.FromDays(7);

    public static void SendDirect(CommandContext context, string userId, string intro, string fileName, string contentType, string content)
    {
        var bytes = Encoding.UTF8.GetBytes(content);
        var where = context.Turn.Where;
        var id = context.Services.GetRequiredService<IFileStore>().Add(new NewFile(where.Platform, where.WorkspaceId, userId, fileName, contentType, bytes));
        var link = context.Services.GetService<IFileLinks>()?.DownloadUrl(id);
        var size = bytes.Length < 1024 ? $"{bytes.Length} bytes" : string.Create(CultureInfo.InvariantCulture, $"{bytes.Length / 1024.0:0.#} KB");
        context.Send(new OutboxEntry
        {
            To = where,
            Visibility = Visibility.Direct,
            RecipientUserId = userId,
            Message = new OutboundMessage($"{intro}\n{fileName} ({size})", File: new FileAttachment(id, fileName, contentType, bytes.Length, link)),
            IdempotencyKey = context.NextReplyKey(),
        });
    }
}
