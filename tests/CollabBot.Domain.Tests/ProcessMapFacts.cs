using CollabBot.Domain.Collaborations;
using CollabBot.Domain.Members;
using CollabBot.Domain.ProcessMap;

namespace CollabBot.Domain.Tests;

public sealed class ProcessMapFacts
{
    private readonly Microsoft.Extensions.Time.Testing.FakeTimeProvider _clock = Builders.Clock();

    [Fact]
    public void The_map_has_a_row_per_member_and_a_cell_per_phase_in_process_order()
    {
        var team = Builders.Collaboration(_clock);
        _clock.Advance(TimeSpan.FromMinutes(1));
        var ben = team.AddMember("U-ben", Sector.Citizen, _clock);
        ProcessMapEntry[] entries =
        [
            new(team.Id, ben.Id, Phase.Test, Involvement.Consult),
            new(team.Id, team.Convener().Id, Phase.Understand, Involvement.Lead),
            new(team.Id, ben.Id, Phase.Understand, Involvement.Contribute),
        ];

        var rows = ProcessMapTable.Rows(team.Members, entries);

        Assert.Equal(["Ana", "ben"], rows.Select(r => r.Member));
        Assert.Equal([Involvement.Lead, null, null, null, null], rows[0].Cells);
        Assert.Equal([Involvement.Contribute, null, Involvement.Consult, null, null], rows[1].Cells);
        Assert.Equal([Phase.Ideate, Phase.Test, Phase.Implement, Phase.Spread], ProcessMapTable.Unled(team.Members, entries));
    }

    [Fact]
    public void A_lead_who_is_no_longer_a_member_leaves_the_phase_unled()
    {
        var team = Builders.Collaboration(_clock);
        ProcessMapEntry[] entries = [new(team.Id, Guid.NewGuid(), Phase.Spread, Involvement.Lead)];

        Assert.Contains(Phase.Spread, ProcessMapTable.Unled(team.Members, entries));
        Assert.All(ProcessMapTable.Rows(team.Members, entries).Single().Cells, Assert.Null);
    }
}
