namespace CollabBot.Channels.Teams.Tests.Fakes;

/// <summary>A host with a public base URL, so the links it writes (signed file downloads) are absolute, as Teams needs.</summary>
public sealed class PublicAddressTeamsFixture : TeamsFixture
{
    public const string PublicBaseUrl = "https://collabbot.example.org";

    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?> { ["PublicBaseUrl"] = PublicBaseUrl };
}
