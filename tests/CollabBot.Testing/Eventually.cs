namespace CollabBot.Testing;

/// <summary>
/// The one way a test waits: for a condition, with a timeout, never for a fixed time. <see cref="UntilAsync(Func{Task{bool}}, TimeSpan?, Func{string}?)"/>
/// and <see cref="WaitForAsync"/> fail with a message saying what never happened; <see cref="TrueAsync(Func{Task{bool}}, TimeSpan, TimeSpan?)"/>
/// answers true or false for a caller that builds its own message. A probe that throws while a server is still starting
/// (connection refused, a request cancelled) counts as "not yet".
/// </summary>
public static class Eventually
{
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(20);

    private static readonly TimeSpan Every = TimeSpan.FromMilliseconds(25);

    /// <summary>True as soon as <paramref name="condition"/> holds; false when it still does not after <paramref name="timeout"/>.</summary>
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
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or InvalidOperationException or System.Data.Common.DbException)
            {
                // Not up yet (a server starting, a database restarting).
            }

            if (DateTime.UtcNow >= deadline)
            {
                return false;
            }

            await Task.Delay(every ?? Every);
        }
    }

    public static Task<bool> TrueAsync(Func<bool> condition, TimeSpan timeout) => TrueAsync(() => Task.FromResult(condition()), timeout);

    /// <summary>Returns once <paramref name="condition"/> holds; throws a <see cref="TimeoutException"/> naming <paramref name="what"/> otherwise.</summary>
    public static async Task UntilAsync(Func<Task<bool>> condition, TimeSpan? timeout = null, Func<string>? what = null)
    {
        var limit = timeout ?? DefaultTimeout;
        if (!await TrueAsync(condition, limit))
        {
            throw new TimeoutException($"Still not true after {limit.TotalSeconds:0.#} s: {what?.Invoke() ?? "the awaited condition"}");
        }
    }

    public static Task UntilAsync(Func<bool> condition, TimeSpan? timeout = null, Func<string>? what = null) =>
        UntilAsync(() => Task.FromResult(condition()), timeout, what);

    /// <summary>
    /// Reads <paramref name="probe"/> until <paramref name="done"/> holds for what it returns, and returns that; throws a
    /// <see cref="TimeoutException"/> showing the last reading otherwise.
    /// </summary>
    public static async Task<T> WaitForAsync<T>(Func<T> probe, Func<T, bool> done, TimeSpan? timeout = null, Func<T, string>? describe = null)
    {
        var last = probe();
        await UntilAsync(() => done(last = probe()), timeout, () => "the last reading was " + (describe?.Invoke(last) ?? Describe(last)));
        return last;
    }

    private static string Describe<T>(T value) => value switch
    {
        null => "null",
        System.Collections.ICollection { Count: var count } => $"{count} item(s)",
        _ => value.ToString() ?? "",
    };
}
