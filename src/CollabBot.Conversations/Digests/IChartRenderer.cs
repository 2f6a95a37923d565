namespace CollabBot.Conversations.Digests;

/// <summary>Renders the digest chart: weekly participation and small wins, as a PNG.</summary>
public interface IChartRenderer
{
    byte[] WeeklyParticipation(DigestChart chart);
}
