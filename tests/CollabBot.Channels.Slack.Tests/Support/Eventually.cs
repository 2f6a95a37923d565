namespace CollabBot.Channels.Slack.Tests.Support;

/// <summary>Waits for background work (inbox worker, outbox dispatcher) to show its effect.</summary>
public static class Eventually
{
    public static async Task<T> WaitForAsync<T>(Func<T> probe, Func<T, bool> done, TimeSpan? timeout = null)
    {
        var until = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(20));
        while (true)
        {
            var value = probe();
            if (done(value) || DateTime.UtcNow > until)
            {
                return value;
            }

            await Task.Delay(25);
        }
    }
}
