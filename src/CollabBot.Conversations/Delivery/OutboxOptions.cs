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

    /// <summary>Rows claimed per query.</summary>
    [Range(1, 1000)]
    public int BatchSize { get; set; } = 50;

    /// <summary>Sends in progress at once per platform and host, over all lanes (a lane is one channel, chat or DM).</summary>
    [Range(1, 1000)]
    public int MaxConcurrentSends { get; set; } = 64;

    /// <summary>Claimed messages a host holds per platform at most (queued in lanes or being sent); leases are renewed while held.</summary>
    [Range(1, 100_000)]
    public int MaxInHand { get; set; } = 2000;

    /// <summary>A throttled lane waits this long in memory at most; a longer Retry-After gives its messages back to the outbox.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan MaxThrottleHold { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>How long a claimed message is reserved for one host before another may take it.</summary>
    [Range(typeof(TimeSpan), "00:00:05", "01:00:00")]
    public TimeSpan Lease { get; set; } = TimeSpan.FromMinutes(2);
}
