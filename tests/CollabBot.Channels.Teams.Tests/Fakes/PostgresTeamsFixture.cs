using CollabBot.Testing;

namespace CollabBot.Channels.Teams.Tests.Fakes;

/// <summary>The same host on a fresh PostgreSQL database (the server .ci/test.sh starts).</summary>
public sealed class PostgresTeamsFixture : TeamsFixture
{
    protected override DatabaseProvider Provider => DatabaseProvider.Postgres;
}
