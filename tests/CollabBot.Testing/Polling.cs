namespace CollabBot.Testing;

/// <summary>Polls a condition until it holds or the time is up; the caller asserts afterwards.</summary>
public static class Polling
{
    public static async Task<bool> TrueAsync(Func<Task<bool>> condition, TimeSpan timeout, TimeSpan? every = null)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            try
            {
                if (await condition())
                {
                    return true;
                }
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or InvalidOperationException)
            {
                // Not up yet.
            }

            if (DateTime.UtcNow >= deadline)
            {
                return false;
            }

            await Task.Delay(every ?? TimeSpan.FromMilliseconds(100));
        }
    }

    public static Task<bool> TrueAsync(Func<bool> condition, TimeSpan timeout) => TrueAsync(() => Task.FromResult(condition()), timeout);
}
