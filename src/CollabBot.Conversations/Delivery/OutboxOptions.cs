using System.ComponentModel.DataAnnotations;

namespace CollabBot.Conversations.Delivery;

public sealed class OutboxOptions
{
    public const string SectionName = "Outbox";

    /// <summary>How often the dispatcher looks for due messages when it is idle.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "00:01:00")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>After this many failed attempts a message is parked with its last error.</summary>
    [Range(1, 100)]
    public int MaxAttempts { get; set; } = 8;

    [Range(1, 1000)]
    public int BatchSize { get; set; } = 50;

    /// <summary>How long a claimed message is reserved for one host before another may take it.</summary>
    [Range(typeof(TimeSpan), "00:00:05", "01:00:00")]
    public TimeSpan Lease { get; set; } = TimeSpan.FromMinutes(2);
}
