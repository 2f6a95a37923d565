using System.Collections.Concurrent;
using CollabBot.Channels.Slack;
using CollabBot.Conversations;
using CollabBot.Conversations.Storage;
using CollabBot.Conversations.Turns;
using CollabBot.Domain;

// The Slack adapter alone: every request verified, parsed and "accepted" into memory (nothing durable),
// to show the adapter's ceiling next to the real host's figure.
var builder = WebApplication.CreateSlimBuilder(args);
builder.Logging.ClearProviders();
builder.Services.AddSingleton<ITurnInbox, MemoryInbox>();
builder.Services.AddSingleton<IChannelStateStore, MemoryState>();
builder.Services.AddSingleton(_ => new IngressPressure());
builder.Services.AddSingleton<TurnInboxSignal>();
builder.Services.AddSlackChannel(builder.Configuration);
var app = builder.Build();
app.MapSlack();
app.MapGet("/healthz", () => "ok");
app.Run();

internal sealed class MemoryInbox : ITurnInbox
{
    private readonly ConcurrentDictionary<string, InboundTurn> _turns = new();

    public Task<bool> AcceptAsync(InboundTurn turn, CancellationToken cancellationToken) =>
        Task.FromResult(_turns.TryAdd(turn.DedupKey, turn));

    public Task<IReadOnlyList<(long Id, InboundTurn Turn)>> ClaimAsync(int max, TimeSpan lease, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<(long, InboundTurn)>>([]);

    public Task CompleteAsync(IReadOnlyCollection<long> ids, CancellationToken cancellationToken) => Task.CompletedTask;
}

internal sealed class MemoryState : IChannelStateStore
{
    private readonly ConcurrentDictionary<string, string> _values = new();

    public Task<string?> GetAsync(Platform platform, string key, CancellationToken cancellationToken) =>
        Task.FromResult(_values.TryGetValue($"{platform}/{key}", out var v) ? v : null);

    public Task SetAsync(Platform platform, string key, string value, CancellationToken cancellationToken)
    {
        _values[$"{platform}/{key}"] = value;
        return Task.CompletedTask;
    }

    public Task<int> DeleteByPrefixAsync(Platform platform, string keyPrefix, CancellationToken cancellationToken) =>
        Task.FromResult(_values.Keys.Where(k => k.StartsWith($"{platform}/{keyPrefix}", StringComparison.Ordinal)).Count(k => _values.TryRemove(k, out _)));
}
