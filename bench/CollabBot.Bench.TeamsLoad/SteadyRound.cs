using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using CollabBot.Channels.Teams.Tests.Fakes;

namespace CollabBot.Bench.TeamsLoad;

/// <summary>
/// A fixed-rate run (RATE=1500): message i is sent at start + i / rate to chat i mod chats, whatever the host's answers
/// take (an open loop, as users are), and each reply's delay is the time from its message's send to its arrival at the
/// fake Connector. Replies carry no trace of the activity they answer, so the k-th reply in a chat is paired with the
/// k-th message sent to it: exact while a chat's messages are further apart (chats / rate: 2.7 s at 1,500/s over 4,096
/// chats) than a reply takes.
/// </summary>
internal sealed class SteadyRound(
    double rate, TimeSpan duration, int chats, Func<int, int, string, Task<(double Latency, bool Ok)>> send,
    Func<IReadOnlyList<ConnectorRequest>> connectorRequests, Func<int, string> chatOf)
{
    private const int Senders = 64;
    private static readonly TimeSpan DrainLimit = TimeSpan.FromSeconds(120);

    public async Task RunAsync()
    {
        var total = (int)(rate * duration.TotalSeconds);
        var sends = new ConcurrentDictionary<string, ConcurrentQueue<DateTimeOffset>>();
        var latencies = new ConcurrentBag<double>();
        var failures = 0;
        var next = -1;
        var firstReply = connectorRequests().Count;
        var start = DateTimeOffset.UtcNow.AddMilliseconds(100);
        var clock = Stopwatch.StartNew();

        async Task SenderAsync(int worker)
        {
            for (var i = Interlocked.Increment(ref next); i < total; i = Interlocked.Increment(ref next))
            {
                var due = start + TimeSpan.FromSeconds(i / rate);
                if (due - DateTimeOffset.UtcNow is { TotalMilliseconds: > 1 } wait)
                {
                    await Task.Delay(wait);
                }

                var chat = i % chats;
                sends.GetOrAdd(chatOf(chat), _ => new ConcurrentQueue<DateTimeOffset>()).Enqueue(DateTimeOffset.UtcNow);
                var (latency, ok) = await send(worker, chat, $"steady-{i}-{Guid.NewGuid():N}");
                latencies.Add(latency);
                if (!ok)
                {
                    Interlocked.Increment(ref failures);
                }
            }
        }

        await Task.WhenAll(Enumerable.Range(0, Senders).Select(w => Task.Run(() => SenderAsync(w))));
        var sendSeconds = clock.Elapsed.TotalSeconds;
        var replies = await RepliesAsync(firstReply, total);

        var delays = new List<double>(total);
        foreach (var (chat, times) in sends)
        {
            var arrived = replies.GetValueOrDefault(chat) ?? [];
            delays.AddRange(times.Zip(arrived.Order(), (sent, at) => (at - sent).TotalMilliseconds));
        }

        delays.Sort();
        var accept = latencies.Order().ToArray();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"steady: {total} messages at {rate:F0}/s asked, {total / sendSeconds:F0}/s sent over {sendSeconds:F1} s; non-2xx: {failures}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"accept p50: {Percentile(accept, 0.50):F2} ms, p99: {Percentile(accept, 0.99):F2} ms"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"reply delay p50: {Percentile(delays, 0.50):F0} ms, p99: {Percentile(delays, 0.99):F0} ms, max: {(delays.Count == 0 ? 0 : delays[^1]):F0} ms; replies: {delays.Count} of {total}"));
    }

    /// <summary>The replies' arrival times per chat, once all have come (or the drain limit passed).</summary>
    private async Task<Dictionary<string, List<DateTimeOffset>>> RepliesAsync(int from, int expected)
    {
        var byChat = new Dictionary<string, List<DateTimeOffset>>();
        var count = 0;
        var scanned = from;
        var drain = Stopwatch.StartNew();
        while (drain.Elapsed < DrainLimit)
        {
            var requests = connectorRequests();
            for (; scanned < requests.Count; scanned++)
            {
                if (requests[scanned] is { Body: { } body, ConversationId: { } chat } request && body["attachments"] is not null)
                {
                    (byChat.TryGetValue(chat, out var list) ? list : byChat[chat] = []).Add(request.At);
                    count++;
                }
            }

            if (count >= expected)
            {
                break;
            }

            await Task.Delay(100);
        }

        return byChat;
    }

    private static double Percentile(IReadOnlyList<double> sorted, double p) =>
        sorted.Count == 0 ? 0 : sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];
}
