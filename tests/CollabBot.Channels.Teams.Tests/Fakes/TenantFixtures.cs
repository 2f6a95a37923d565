using System.Text.Json.Nodes;
using CollabBot.Testing;

namespace CollabBot.Channels.Teams.Tests.Fakes;

/// <summary>A Single Tenant bot of the fixtures' tenant.</summary>
public sealed class SingleTenantTeamsFixture : TeamsFixture
{
    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["MicrosoftAppType"] = "SingleTenant",
        ["MicrosoftAppTenantId"] = FixtureTenant,
    };
}

/// <summary>A Multi Tenant bot that serves two tenants only.</summary>
public sealed class AllowedTenantsTeamsFixture : TeamsFixture
{
    public const string SecondTenant = "0f0f0f0f-1111-2222-3333-444444444444";

    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Teams:AllowedTenants:0"] = FixtureTenant,
        ["Teams:AllowedTenants:1"] = SecondTenant,
    };
}

/// <summary>A Multi Tenant bot reached through two Bot Connectors (one per tenant), both allowed.</summary>
public class TwoConnectorsTeamsFixture : TeamsFixture
{
    public FakeBotFramework SecondFakes { get; private set; } = null!;

    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Teams:AllowedServiceUrls:1"] = SecondFakes.ServiceUrl,
    };

    public override async Task InitializeAsync()
    {
        SecondFakes = await FakeBotFramework.StartAsync(Key);
        await base.InitializeAsync();
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        await SecondFakes.DisposeAsync();
    }
}

public sealed class PostgresTwoConnectorsTeamsFixture : TwoConnectorsTeamsFixture
{
    protected override DatabaseProvider Provider => DatabaseProvider.Postgres;
}

public static class TenantActivities
{
    /// <summary>The activity as it would come from another tenant: channelData and conversation both say so.</summary>
    public static JsonObject From(this JsonObject activity, string tenantId)
    {
        activity["channelData"]!["tenant"] = new JsonObject { ["id"] = tenantId };
        activity["conversation"]!["tenantId"] = tenantId;
        return activity;
    }
}
