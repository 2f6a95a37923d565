using CollabBot.Conversations.Messages;
using CollabBot.Conversations.Scheduling;
using Microsoft.Extensions.Logging;

namespace CollabBot.Conversations.Privacy;

/// <summary>
/// Daily: exports hold personal data, so their stored bytes are deleted once their download links have expired
/// (<see cref="ExportFiles.KeptFor"/>). Slack keeps its own copy of an uploaded file.
/// </summary>
public sealed partial class ExportFileRetentionJob(IFileContents files, ILogger<ExportFileRetentionJob> logger) : IRecurringWorkSource
{
    public const string WorkId = "export-file-retention";

    /// <summary>Real time only: download links expire in real time, and a virtual clock running ahead must not delete files early.</summary>
    public Task<IReadOnlyList<RecurringWork>> ListAsync(PlatformScope platforms, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<RecurringWork>>(platforms.IsRealTime ? [new RecurringWork(WorkId, "45 3 * * *", "UTC")] : []);

    public bool Owns(string workId) => workId == WorkId;

    public async Task RunAsync(string workId, DateTimeOffset occurrence, PlatformScope platforms, CancellationToken cancellationToken)
    {
        if (!platforms.IsRealTime)
        {
            return;
        }

        var deleted = await files.DeleteOlderThanAsync(occurrence - ExportFiles.KeptFor, cancellationToken);
        if (deleted > 0)
        {
            LogDeleted(occurrence, deleted);
        }
    }

    [LoggerMessage(LogLevel.Information, "Export file retention at {Occurrence}: {Deleted} expired files deleted")]
    private partial void LogDeleted(DateTimeOffset occurrence, int deleted);
}
