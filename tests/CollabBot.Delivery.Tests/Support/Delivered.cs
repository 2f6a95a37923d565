using CollabBot.Delivery.Tests.Fakes;

namespace CollabBot.Delivery.Tests.Support;

/// <summary>Waiting for a fan-out to settle, and what exactly-once means for it.</summary>
public static class Delivered
{
    /// <summary>Waits (bounded) until no outbox row is pending and every expected text has arrived.</summary>
    public static async Task SettleAsync(DeliveryHost host, Func<IReadOnlyCollection<string>> received, IReadOnlyCollection<string> expected, TimeSpan timeout)
    {
        var until = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < until)
        {
            var arrived = received().ToHashSet(StringComparer.Ordinal);
            if (expected.All(arrived.Contains) && (await host.CountsAsync()).Pending == 0)
            {
                break;
            }

            await Task.Delay(200);
        }

        // Room for a duplicate to show.
        await Task.Delay(TimeSpan.FromSeconds(1));
    }

    /// <summary>Every expected text arrived exactly once and nothing else of the run arrived.</summary>
    public static void ExactlyOnce(IReadOnlyCollection<string> expected, IEnumerable<string> received)
    {
        var counts = received.Where(expected.Contains).GroupBy(t => t).ToDictionary(g => g.Key, g => g.Count());
        var missing = expected.Where(t => !counts.ContainsKey(t)).ToList();
        var twice = counts.Where(c => c.Value > 1).Select(c => $"{c.Key}×{c.Value}").ToList();
        Assert.True(missing.Count == 0 && twice.Count == 0, $"missing: [{string.Join(", ", missing)}]; duplicated: [{string.Join(", ", twice)}]");
    }
}
