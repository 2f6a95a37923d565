using System.Buffers;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace CollabBot.Channels.Slack.Signing;

/// <summary>
/// Slack's request signing: <c>v0=</c> + hex HMAC-SHA256(secret, <c>v0:{timestamp}:{raw body}</c>),
/// compared in constant time, with the timestamp within a window of now in either direction
/// (PROTOCOLS.md §2.1, checklist 30-31).
/// </summary>
public sealed class SlackSignatureVerifier(TimeProvider clock)
{
    public const string TimestampHeader = "X-Slack-Request-Timestamp";
    public const string SignatureHeader = "X-Slack-Signature";
    private const string Version = "v0";
    private const int HashBytes = 32;
    private SecretKey? _key;

    public SignatureCheck Verify(string secret, string? timestamp, string? signature, ReadOnlySpan<byte> body, TimeSpan tolerance)
    {
        ArgumentException.ThrowIfNullOrEmpty(secret);
        if (string.IsNullOrEmpty(timestamp) || string.IsNullOrEmpty(signature))
        {
            return SignatureCheck.MissingHeaders;
        }

        if (timestamp.Length > 12 || !long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
        {
            return SignatureCheck.MalformedTimestamp;
        }

        var age = clock.GetUtcNow().ToUnixTimeSeconds() - seconds;
        if (Math.Abs(age) > (long)tolerance.TotalSeconds)
        {
            return SignatureCheck.StaleTimestamp;
        }

        Span<byte> provided = stackalloc byte[HashBytes];
        if (!TryParseSignature(signature, provided))
        {
            return SignatureCheck.MalformedSignature;
        }

        Span<byte> expected = stackalloc byte[HashBytes];
        Compute(KeyOf(secret), timestamp, body, expected);
        return CryptographicOperations.FixedTimeEquals(expected, provided) ? SignatureCheck.Valid : SignatureCheck.WrongSignature;
    }

    /// <summary>The header value Slack would send for this body; tests and the benchmark sign with it.</summary>
    public static string Sign(string secret, string timestamp, ReadOnlySpan<byte> body)
    {
        Span<byte> hash = stackalloc byte[HashBytes];
        Compute(Encoding.UTF8.GetBytes(secret), timestamp, body, hash);
        return $"{Version}={Convert.ToHexStringLower(hash)}";
    }

    /// <summary>The secret's bytes, kept while the configured secret stays the same string.</summary>
    private byte[] KeyOf(string secret)
    {
        // One reference swap, so a reader never pairs one secret with another's bytes.
        var cached = _key;
        if (cached is null || !ReferenceEquals(cached.Secret, secret))
        {
            cached = new SecretKey(secret, Encoding.UTF8.GetBytes(secret));
            _key = cached;
        }

        return cached.Bytes;
    }

    private static void Compute(byte[] key, string timestamp, ReadOnlySpan<byte> body, Span<byte> destination)
    {
        var prefix = $"{Version}:{timestamp}:";
        var length = Encoding.UTF8.GetByteCount(prefix) + body.Length;
        var buffer = ArrayPool<byte>.Shared.Rent(length);
        try
        {
            var written = Encoding.UTF8.GetBytes(prefix, buffer);
            body.CopyTo(buffer.AsSpan(written));
            HMACSHA256.HashData(key, buffer.AsSpan(0, length), destination);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static bool TryParseSignature(string signature, Span<byte> destination)
    {
        // "v0=" followed by exactly 64 hex digits; anything else (another version, odd length) is malformed.
        if (signature.Length != Version.Length + 1 + HashBytes * 2 || !signature.StartsWith($"{Version}=", StringComparison.Ordinal))
        {
            return false;
        }

        return Convert.FromHexString(signature.AsSpan(Version.Length + 1), destination, out _, out var written) == OperationStatus.Done
            && written == HashBytes;
    }

    private sealed record SecretKey(string Secret, byte[] Bytes);
}
