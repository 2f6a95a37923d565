using CollabBot.Conversations.Participation;
using CollabBot.Domain.Collaborations;
using CollabBot.Domain.Members;

namespace CollabBot.Conversations.Tests;

/// <summary>A private alert tells its reader who else reads it, and never speaks of facilitators a team does not have.</summary>
public sealed class PrivateAudienceFacts
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Without_a_facilitator_the_conveners_hear_it_in_words_that_say_so()
    {
        var team = Collaboration.Start(Guid.NewGuid(), "C-lab", "Warm Homes", "UTC", "U-ana", "Ana", Now);
        var ben = team.Join("U-ben", "Ben", Now);
        var ana = team.FindMember("U-ana")!;

        var alone = PrivateAudience.About(team, ben);
        var chloe = team.Join("U-chloe", "Chloe", Now);
        chloe.Grant(Role.Convener);
        var two = PrivateAudience.About(team, ben);

        Assert.Equal([ana], alone);
        Assert.Equal("Only you see this: the team has no facilitator yet, so it comes to you as its convener.", PrivateAudience.Line(alone, ana));
        Assert.Equal("Only you and the other conveners see this: the team has no facilitator yet.", PrivateAudience.Line(two, ana));
        Assert.DoesNotContain("facilitators see", PrivateAudience.Line(two, chloe), StringComparison.Ordinal);
    }

    [Fact]
    public void Facilitators_hear_it_and_the_member_it_is_about_never_does()
    {
        var team = Collaboration.Start(Guid.NewGuid(), "C-lab", "Warm Homes", "UTC", "U-ana", "Ana", Now);
        var ben = team.Join("U-ben", "Ben", Now);
        var dev = team.Join("U-dev", "Dev", Now);
        dev.Grant(Role.Facilitator);

        var aboutBen = PrivateAudience.About(team, ben);
        ben.Grant(Role.Facilitator);
        var aboutDev = PrivateAudience.About(team, dev);

        Assert.Equal([dev], aboutBen);
        Assert.Equal("Only you see this.", PrivateAudience.Line(aboutBen, dev));
        Assert.Equal([ben], aboutDev);
        Assert.DoesNotContain(dev, aboutDev);
        Assert.Equal("Only you see this.", PrivateAudience.Line(aboutDev, ben));
        var three = team.Join("U-eli", "Eli", Now);
        three.Grant(Role.Facilitator);
        Assert.Equal("Only you and the other facilitators see this.", PrivateAudience.Line(PrivateAudience.About(team, AnaOf(team)), ben));
    }

    private static Member AnaOf(Collaboration team) => team.FindMember("U-ana")!;
}
