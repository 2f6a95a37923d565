using System.Text;
using CollabBot.Channels.Slack.Signing;
using CollabBot.Channels.Slack.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace CollabBot.Channels.Slack.Tests;

public sealed class SlackSignatureVerifierTests
{
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(5);
    private readonly string _secret;
    private readonly string _timestamp;
    private readonly string _expected;
    private readonly byte[] _body;

    public SlackSignatureVerifierTests()
    {
        var example = Fixtures.Json("signature-example.json");
        _secret = example["signing_secret"]!.GetValue<string>();
        _timestamp = example["x_slack_request_timestamp"]!.GetValue<string>();
        _expected = example["expected_x_slack_signature"]!.GetValue<string>();
        _body = Fixtures.Bytes(example["body_file"]!.GetValue<string>());
    }

    private static SlackSignatureVerifier At(long unixSeconds) => new(new FakeTimeProvider(DateTimeOffset.FromUnixTimeSeconds(unixSeconds)));

    [Fact]
    public void Slacks_worked_example_is_valid_when_now_is_its_timestamp()
    {
        var check = At(1531420618).Verify(_secret, _timestamp, _expected, _body, Window);

        Assert.Equal(SignatureCheck.Valid, check);
    }

    [Fact]
    public void Sign_reproduces_the_signature_of_Slacks_worked_example()
    {
        Assert.Equal(_expected, SlackSignatureVerifier.Sign(_secret, _timestamp, _body));
    }

    [Fact]
    public void The_test_kits_signer_reproduces_the_signature_of_Slacks_worked_example_too()
    {
        Assert.Equal(_expected, SlackRequestSigner.Signature(_secret, _timestamp, _body));
        Assert.Equal((SlackSignatureVerifier.TimestampHeader, SlackSignatureVerifier.SignatureHeader), (SlackRequestSigner.TimestampHeader, SlackRequestSigner.SignatureHeader));
    }

    [Fact]
    public void One_changed_body_byte_is_rejected()
    {
        var tampered = (byte[])_body.Clone();
        tampered[^1] ^= 1;

        Assert.Equal(SignatureCheck.WrongSignature, At(1531420618).Verify(_secret, _timestamp, _expected, tampered, Window));
    }

    [Fact]
    public void Another_secret_is_rejected()
    {
        Assert.Equal(SignatureCheck.WrongSignature, At(1531420618).Verify("another-secret", _timestamp, _expected, _body, Window));
    }

    [Theory]
    [InlineData(1531420618 + 301)]
    [InlineData(1531420618 - 301)]
    public void Timestamp_more_than_five_minutes_from_now_either_way_is_stale(long now)
    {
        Assert.Equal(SignatureCheck.StaleTimestamp, At(now).Verify(_secret, _timestamp, _expected, _body, Window));
    }

    [Theory]
    [InlineData(1531420618 + 300)]
    [InlineData(1531420618 - 300)]
    public void Timestamp_exactly_five_minutes_from_now_is_still_accepted(long now)
    {
        Assert.Equal(SignatureCheck.Valid, At(now).Verify(_secret, _timestamp, _expected, _body, Window));
    }

    [Theory]
    [InlineData(null, "v0=abc", SignatureCheck.MissingHeaders)]
    [InlineData("1531420618", null, SignatureCheck.MissingHeaders)]
    [InlineData("", "", SignatureCheck.MissingHeaders)]
    [InlineData("15314206x8", "v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503", SignatureCheck.MalformedTimestamp)]
    [InlineData("-1531420618", "v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503", SignatureCheck.MalformedTimestamp)]
    [InlineData("1531420618", "v1=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503", SignatureCheck.MalformedSignature)]
    [InlineData("1531420618", "v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b50", SignatureCheck.MalformedSignature)]
    [InlineData("1531420618", "v0=z2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503", SignatureCheck.MalformedSignature)]
    [InlineData("1531420618", "a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503", SignatureCheck.MalformedSignature)]
    public void Missing_or_malformed_headers_are_rejected(string? timestamp, string? signature, SignatureCheck expected)
    {
        Assert.Equal(expected, At(1531420618).Verify(_secret, timestamp, signature, _body, Window));
    }

    [Fact]
    public void Upper_case_hex_of_the_right_signature_is_accepted()
    {
        var upper = "v0=" + _expected[3..].ToUpperInvariant();

        Assert.Equal(SignatureCheck.Valid, At(1531420618).Verify(_secret, _timestamp, upper, _body, Window));
    }

    [Fact]
    public void Body_is_signed_as_raw_bytes_not_as_decoded_text()
    {
        var decoded = Encoding.UTF8.GetBytes(Uri.UnescapeDataString(Encoding.UTF8.GetString(_body)));

        Assert.Equal(SignatureCheck.WrongSignature, At(1531420618).Verify(_secret, _timestamp, _expected, decoded, Window));
    }
}
