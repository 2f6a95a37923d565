using CollabBot.Conversations.Scheduling;
using CollabBot.Domain;

namespace CollabBot.Conversations.Time;

/// <summary>
/// The time collaborations live in, by platform. Slack and Teams live in real time (the application's TimeProvider);
/// a platform with a clock of its own (the Playground's virtual clock) lives in that clock's time, and nothing else
/// does. Turns, jobs and the outbox's "not before" read this; protocol code (signatures, tokens, OAuth, leases, rate
/// limits) reads the real TimeProvider and never this.
/// </summary>
public sealed class DomainClock
{
    private readonly TimeProvider _real;
    private readonly Dictionary<Platform, TimeProvider> _own;

    public DomainClock(TimeProvider real, IEnumerable<PlatformClock> own)
    {
        _real = real;
        _own = own.ToDictionary(c => c.Platform, c => c.Clock);
        RealTime = new Timeline(PlatformScope.RealTimeExcept(_own.Keys), real);
        Timelines = [RealTime, .. _own.Select(o => new Timeline(PlatformScope.Own(o.Key), o.Value))];
    }

    /// <summary>The platforms that live in real time, with the real clock: what the scheduler (Hangfire) runs.</summary>
    public Timeline RealTime { get; }

    /// <summary>Real time first, then each platform with a clock of its own.</summary>
    public IReadOnlyList<Timeline> Timelines { get; }

    public TimeProvider For(Platform platform) => _own.GetValueOrDefault(platform, _real);

    public DateTimeOffset Now(Platform platform) => For(platform).GetUtcNow();

    /// <summary>Whether the platform keeps a time of its own (then the scheduler leaves its work alone).</summary>
    public bool HasOwnClock(Platform platform) => _own.ContainsKey(platform);
}

/// <summary>A platform that keeps a time of its own instead of real time.</summary>
public sealed record PlatformClock(Platform Platform, TimeProvider Clock);

/// <summary>Platforms that share one clock, and that clock: whoever runs their recurring work runs it at that clock's time.</summary>
public sealed record Timeline(PlatformScope Platforms, TimeProvider Clock);
