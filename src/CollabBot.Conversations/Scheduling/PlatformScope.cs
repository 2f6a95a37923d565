using CollabBot.Domain;

namespace CollabBot.Conversations.Scheduling;

/// <summary>
/// Whose recurring work one run covers. The scheduler runs the work of the platforms that live in real time; the
/// Playground's clock runs the Playground's alone, so neither's time reaches the other's collaborations.
/// </summary>
/// <param name="Platforms">The collaborations of these platforms are in scope.</param>
/// <param name="IsRealTime">Real time: housekeeping measured against real time (export files, whose links expire in real time) runs only here.</param>
public sealed record PlatformScope(IReadOnlyList<Platform> Platforms, bool IsRealTime)
{
    /// <summary>Every platform, in real time: where no platform keeps a time of its own.</summary>
    public static readonly PlatformScope All = new(Enum.GetValues<Platform>(), IsRealTime: true);

    public static PlatformScope RealTimeExcept(IEnumerable<Platform> own)
    {
        var excluded = own.ToHashSet();
        return new PlatformScope(Enum.GetValues<Platform>().Where(p => !excluded.Contains(p)).ToArray(), IsRealTime: true);
    }

    /// <summary>One platform on a clock of its own.</summary>
    public static PlatformScope Own(Platform platform) => new([platform], IsRealTime: false);

    public bool Includes(Platform platform) => Platforms.Contains(platform);

    public override string ToString() => string.Join("+", Platforms);
}
