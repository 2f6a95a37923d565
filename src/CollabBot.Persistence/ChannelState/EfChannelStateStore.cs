using CollabBot.Conversations.Storage;
using CollabBot.Domain;
using Microsoft.EntityFrameworkCore;

namespace CollabBot.Persistence.ChannelState;

internal sealed class EfChannelStateStore(CollabDbContextFactory contexts, TimeProvider clock) : IChannelStateStore
{
    // Read for every message a platform sender delivers.
    private static readonly CompiledPerProvider<Func<CollabDbContext, Platform, string, CancellationToken, Task<string?>>> ValueOf = new(
        () => EF.CompileAsyncQuery((CollabDbContext db, Platform platform, string key, CancellationToken _) =>
            db.ChannelState.Where(e => e.Platform == platform && e.Key == key).Select(e => e.Value).FirstOrDefault()));

    public async Task<string?> GetAsync(Platform platform, string key, CancellationToken cancellationToken)
    {
        await using var db = contexts.Create();
        return await ValueOf.For(db)(db, platform, key, cancellationToken);
    }

    public async Task SetAsync(Platform platform, string key, string value, CancellationToken cancellationToken)
    {
        await using var db = contexts.Create();
        var entry = await db.ChannelState.FirstOrDefaultAsync(e => e.Platform == platform && e.Key == key, cancellationToken);
        if (entry is null)
        {
            db.ChannelState.Add(new ChannelStateEntry { Platform = platform, Key = key, Value = value, UpdatedAt = clock.GetUtcNow() });
        }
        else
        {
            entry.Value = value;
            entry.UpdatedAt = clock.GetUtcNow();
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (UniqueViolation.Is(ex))
        {
            // Another host inserted the same key at the same moment: last write wins.
            await using var retry = contexts.Create();
            await retry.ChannelState.Where(e => e.Platform == platform && e.Key == key)
                .ExecuteUpdateAsync(s => s.SetProperty(e => e.Value, value), cancellationToken);
        }
    }

    public async Task<int> DeleteByPrefixAsync(Platform platform, string keyPrefix, CancellationToken cancellationToken)
    {
        await using var db = contexts.Create();
        return await db.ChannelState.Where(e => e.Platform == platform && e.Key.StartsWith(keyPrefix)).ExecuteDeleteAsync(cancellationToken);
    }

    public async Task<bool> TryAddAsync(Platform platform, string key, string value, CancellationToken cancellationToken)
    {
        await using var db = contexts.Create();
        db.ChannelState.Add(new ChannelStateEntry { Platform = platform, Key = key, Value = value, UpdatedAt = clock.GetUtcNow() });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException ex) when (UniqueViolation.Is(ex))
        {
            // The primary key (platform, key) is the arbiter: whoever inserted first won.
            return false;
        }
    }

    public async Task<int> DeleteWrittenBeforeAsync(Platform platform, string keyPrefix, DateTimeOffset before, CancellationToken cancellationToken)
    {
        await using var db = contexts.Create();
        return await db.ChannelState.Where(e => e.Platform == platform && e.Key.StartsWith(keyPrefix) && e.UpdatedAt < before)
            .ExecuteDeleteAsync(cancellationToken);
    }
}
