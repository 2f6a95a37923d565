using System.Data.Common;
using CollabBot.Persistence;
using CollabBot.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CollabBot.Host.Tests;

/// <summary>Reads every cell of every table in the app's database, whatever created the table.</summary>
public static class DatabaseScan
{
    /// <summary>"table.column: value" for every cell that contains one of the words, case-insensitively.</summary>
    public static async Task<IReadOnlyList<string>> FindAsync(CollabBotApp app, DatabaseProvider provider, params string[] words)
    {
        await using var db = app.Services.GetRequiredService<CollabDbContextFactory>().Create();
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        var tables = await ColumnAsync(connection, provider == DatabaseProvider.Sqlite
            ? "SELECT name FROM sqlite_master WHERE type = 'table'"
            : "SELECT '\"' || table_schema || '\".\"' || table_name || '\"' FROM information_schema.tables WHERE table_schema NOT IN ('pg_catalog', 'information_schema') AND table_type = 'BASE TABLE'");
        var hits = new List<string>();
        foreach (var table in tables)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = provider == DatabaseProvider.Sqlite ? $"SELECT * FROM \"{table}\"" : $"SELECT * FROM {table}";
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    var value = reader.IsDBNull(i) ? "" : Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture) ?? "";
                    hits.AddRange(words.Where(w => value.Contains(w, StringComparison.OrdinalIgnoreCase)).Select(w => $"{table.Replace("\"public\".", "", StringComparison.Ordinal).Replace("\"", "", StringComparison.Ordinal)}.{reader.GetName(i)} holds {w}"));
                }
            }
        }

        Assert.NotEmpty(tables);
        return hits;
    }

    private static async Task<List<string>> ColumnAsync(DbConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var values = new List<string>();
        while (await reader.ReadAsync())
        {
            values.Add(reader.GetString(0));
        }

        return values;
    }
}
