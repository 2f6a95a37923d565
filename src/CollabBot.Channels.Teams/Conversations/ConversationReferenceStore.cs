using System.Text.Json;
using CollabBot.Channels.Teams.Schema;
using CollabBot.Conversations.Storage;
using CollabBot.Domain;
using Microsoft.Extensions.Caching.Memory;

namespace CollabBot.Channels.Teams.Conversations;

/// <summary>
/// Conversation references (per tenant and channel or chat, and per tenant and member) and unreachable marks, kept in the
/// neutral <see cref="IChannelStateStore"/>. A memo shared by the host skips rewriting a reference that has not changed.
/// A conversation id arriving from another tenant has a key of its own, so it can neither overwrite nor use this one.
/// </summary>
public sealed class ConversationReferenceStore(IChannelStateStore state, ConversationReferenceMemo memo)
{
    private static readonly TimeSpan ReachableFor = TimeSpan.FromSeconds(30);
    private static readonly MemoryCacheEntryOptions Written = new() { Size = 1 };
    private static readonly MemoryCacheEntryOptions Reachable = new() { Size = 1, AbsoluteExpirationRelativeToNow = ReachableFor };

    public static string ConversationKey(string tenantId, string conversationId) => $"conversation:{tenantId}:{conversationId}";

    /// <summary>How a channel's or chat's reference was keyed before references were kept per tenant.</summary>
    private static string LegacyConversationKey(string conversationId) => $"conversation:{conversationId}";

    public static string MemberKey(string tenantId, string userId) => $"member:{tenantId}:{userId}";

    /// <summary>The stored reference; what this host wrote or read last is served from the memo.</summary>
    public async Task<ConversationReference?> GetAsync(string key, CancellationToken cancellationToken)
    {
        if (!memo.Written.TryGetValue(key, out string? json))
        {
            json = await state.GetAsync(Platform.Teams, key, cancellationToken);
            if (json is not null)
            {
                Remember(key, json);
            }
        }

        return json is null ? null : JsonSerializer.Deserialize(json, TeamsJsonContext.Default.ConversationReference);
    }

    /// <summary>
    /// A channel's or chat's reference in a tenant. One stored before references were kept per tenant is used only when it
    /// says it belongs to that tenant, and is then stored under its tenant's key.
    /// </summary>
    public async Task<ConversationReference?> GetConversationAsync(string tenantId, string conversationId, CancellationToken cancellationToken)
    {
        var key = ConversationKey(tenantId, conversationId);
        if (await GetAsync(key, cancellationToken) is { } reference)
        {
            return reference;
        }

        var legacy = await state.GetAsync(Platform.Teams, LegacyConversationKey(conversationId), cancellationToken) is { } json
            ? JsonSerializer.Deserialize(json, TeamsJsonContext.Default.ConversationReference)
            : null;
        var owner = legacy?.TenantId is { Length: > 0 } named ? named : legacy?.Conversation?.TenantId;
        if (legacy is null || tenantId.Length == 0 || !string.Equals(owner, tenantId, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        await SaveAsync(key, legacy, cancellationToken);
        return legacy;
    }

    /// <summary>Stores the reference unless this process already stored exactly this value.</summary>
    public async Task SaveAsync(string key, ConversationReference reference, CancellationToken cancellationToken)
    {
        var json = JsonSerializer.Serialize(reference, TeamsJsonContext.Default.ConversationReference);
        if (memo.Written.TryGetValue(key, out string? known) && known == json)
        {
            return;
        }

        await state.SetAsync(Platform.Teams, key, json, cancellationToken);
        Remember(key, json);
    }

    /// <summary>Stores the reference only when none is stored (keeps a member's known 1:1 chat).</summary>
    public async Task AddIfMissingAsync(string key, ConversationReference reference, CancellationToken cancellationToken)
    {
        if (memo.Written.TryGetValue(key, out _))
        {
            return;
        }

        if (await state.GetAsync(Platform.Teams, key, cancellationToken) is { } existing)
        {
            Remember(key, existing);
            return;
        }

        await SaveAsync(key, reference, cancellationToken);
    }

    public Task MarkUnreachableAsync(string key, string reason, CancellationToken cancellationToken)
    {
        memo.Reachable.Remove(key);
        return state.SetAsync(Platform.Teams, UnreachableKey(key), reason, cancellationToken);
    }

    /// <summary>
    /// The reason the target was marked unreachable, or null. Asked before every send; a "none" is believed for
    /// <see cref="ReachableFor"/> without asking the database again (this host's own marks end that at once; another
    /// host's mark is seen when that runs out, and meanwhile a send there gets Teams' own refusal).
    /// </summary>
    public async Task<string?> UnreachableReasonAsync(string key, CancellationToken cancellationToken)
    {
        if (memo.Reachable.TryGetValue(key, out _))
        {
            return null;
        }

        var reason = await state.GetAsync(Platform.Teams, UnreachableKey(key), cancellationToken);
        if (reason is null)
        {
            memo.Reachable.Set(key, true, Reachable);
        }

        return reason;
    }

    public Task<int> ClearUnreachableAsync(string key, CancellationToken cancellationToken) =>
        state.DeleteByPrefixAsync(Platform.Teams, UnreachableKey(key), cancellationToken);

    /// <summary>The terminator keeps one key from being a prefix of another when clearing.</summary>
    private static string UnreachableKey(string key) => $"unreachable:{key}|";

    private void Remember(string key, string json) => memo.Written.Set(key, json, Written);
}
