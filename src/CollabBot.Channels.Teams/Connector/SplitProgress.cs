using System.Globalization;
using CollabBot.Conversations.Storage;
using CollabBot.Domain;

namespace CollabBot.Channels.Teams.Connector;

/// <summary>How many parts of a split outbox message were posted already, and the first part's activity id.</summary>
internal sealed class SplitProgress(IChannelStateStore state, long outboxId)
{
    private string Key => $"split:{outboxId.ToString(CultureInfo.InvariantCulture)}";

    public async Task<(int Posted, string? FirstId)> ReadAsync(CancellationToken cancellationToken)
    {
        var value = await state.GetAsync(Platform.Teams, Key, cancellationToken);
        var bar = value?.IndexOf('|', StringComparison.Ordinal) ?? -1;
        return bar > 0 && int.TryParse(value![..bar], NumberStyles.None, CultureInfo.InvariantCulture, out var posted)
            ? (posted, value[(bar + 1)..])
            : (0, null);
    }

    public Task WriteAsync(int posted, string firstId, CancellationToken cancellationToken) =>
        state.SetAsync(Platform.Teams, Key, $"{posted.ToString(CultureInfo.InvariantCulture)}|{firstId}", cancellationToken);
}
