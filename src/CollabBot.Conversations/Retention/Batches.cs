using Microsoft.Extensions.DependencyInjection;

namespace CollabBot.Conversations.Retention;

internal static class Batches
{
    /// <summary>
    /// Runs <paramref name="batch"/> again, each time with its service from a fresh scope (so no context grows with the
    /// work), until a batch does less than <paramref name="size"/>; returns how much all of them did.
    /// </summary>
    public static async Task<int> UntilShortAsync<TService>(IServiceScopeFactory scopes, int size, Func<TService, Task<int>> batch)
        where TService : notnull
    {
        var total = 0;
        int done;
        do
        {
            await using var scope = scopes.CreateAsyncScope();
            done = await batch(scope.ServiceProvider.GetRequiredService<TService>());
            total += done;
        }
        while (done == size);

        return total;
    }
}
