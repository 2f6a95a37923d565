using CollabBot.Domain.Collaborations;
using CollabBot.Domain.Members;
using Microsoft.Extensions.Time.Testing;

namespace CollabBot.Domain.Tests;

/// <summary>The happy path once; each test varies one thing.</summary>
internal static class Builders
{
    public static readonly DateTimeOffset Monday = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

    public static FakeTimeProvider Clock() => new(Monday);

    public static Collaboration Collaboration(TimeProvider clock) =>
        Domain.Collaborations.Collaboration.Start(Guid.NewGuid(), "C-lab", "Warm Homes", "Europe/Copenhagen", "U-ana", "Ana", clock.GetUtcNow());

    public static Member AddMember(this Collaboration collaboration, string id, Sector sector, TimeProvider clock)
    {
        var member = collaboration.Join(id, id.Replace("U-", ""), clock.GetUtcNow());
        member.SetSector(sector);
        return member;
    }

    public static Member Convener(this Collaboration collaboration) => collaboration.Members.Single(m => m.Holds(Role.Convener));
}
