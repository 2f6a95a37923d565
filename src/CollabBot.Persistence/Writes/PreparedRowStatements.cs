using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace CollabBot.Persistence.Writes;

/// <summary>
/// Multi-row commands built on a VALUES list (an INSERT's, or an UPDATE's <c>FROM (VALUES …)</c>) kept for one
/// connection, one per table and row count, so that a statement is parsed once rather than at every batch (SQLite
/// prepares a command's text when it first runs and keeps it while the command lives). The first use of a shape builds
/// its text and typed parameters; later uses only set the values.
/// </summary>
internal sealed class PreparedRowStatements(int maxRows) : IAsyncDisposable
{
    private readonly Dictionary<(Type Table, int Rows), PreparedRowStatement> _kept = [];
    private DbConnection? _connection;
    private PreparedRowStatement? _oversized;

    /// <param name="columns">The properties of <typeparamref name="TEntity"/> each row sets, in order.</param>
    /// <param name="sql">The statement for its VALUES list, e.g. <c>(@p0_0, @p1_0), (@p0_1, @p1_1)</c>.</param>
    public PreparedRowStatement Get<TEntity>(DbContext db, DbConnection connection, DbTransaction transaction, string[] columns, int rows, Func<string, string> sql)
    {
        if (!ReferenceEquals(connection, _connection))
        {
            DisposeAll();
            _connection = connection;
        }

        if (!_kept.TryGetValue((typeof(TEntity), rows), out var statement))
        {
            statement = PreparedRowStatement.Create<TEntity>(db, connection, columns, rows, sql);
            if (rows <= maxRows)
            {
                _kept[(typeof(TEntity), rows)] = statement;
            }
            else
            {
                _oversized?.Command.Dispose();
                _oversized = statement;
            }
        }

        statement.Command.Transaction = transaction;
        return statement;
    }

    public ValueTask DisposeAsync()
    {
        DisposeAll();
        _connection = null;
        return ValueTask.CompletedTask;
    }

    private void DisposeAll()
    {
        foreach (var statement in _kept.Values)
        {
            statement.Command.Dispose();
        }

        _kept.Clear();
        _oversized?.Command.Dispose();
        _oversized = null;
    }
}

/// <summary>One kept statement: its command and, per column, how the model stores the value.</summary>
internal sealed class PreparedRowStatement
{
    private readonly RelationalTypeMapping[] _mappings;

    private PreparedRowStatement(DbCommand command, RelationalTypeMapping[] mappings)
    {
        Command = command;
        _mappings = mappings;
    }

    public DbCommand Command { get; }

    public static PreparedRowStatement Create<TEntity>(DbContext db, DbConnection connection, string[] columns, int rows, Func<string, string> sql)
    {
        var entity = db.Model.FindEntityType(typeof(TEntity))!;
        var mappings = columns.Select(c => (RelationalTypeMapping)entity.FindProperty(c)!.GetTypeMapping()).ToArray();
        var command = connection.CreateCommand();
        var values = new List<string>(rows);
        for (var r = 0; r < rows; r++)
        {
            values.Add($"({string.Join(", ", columns.Select((_, c) => $"@p{c}_{r}"))})");
            for (var c = 0; c < columns.Length; c++)
            {
                command.Parameters.Add(mappings[c].CreateParameter(command, $"@p{c}_{r}", null, nullable: true));
            }
        }

        command.CommandText = sql(string.Join(", ", values));
        return new PreparedRowStatement(command, mappings);
    }

    /// <summary>Sets every row's values (one function a column, in order), converted as the model stores them (SQLite keeps dates as sortable numbers).</summary>
    public PreparedRowStatement Bind<TRow>(IReadOnlyList<TRow> rows, IReadOnlyList<Func<TRow, object?>> columns)
    {
        for (var r = 0; r < rows.Count; r++)
        {
            for (var c = 0; c < columns.Count; c++)
            {
                Command.Parameters[(r * _mappings.Length) + c].Value = ProviderValues.Stored(_mappings[c], columns[c](rows[r])) ?? DBNull.Value;
            }
        }

        return this;
    }

    /// <summary>Runs the statement; returns what <paramref name="read"/> takes from each row it returns.</summary>
    public async Task<List<T>> ReadAsync<T>(Func<DbDataReader, T> read)
    {
        var results = new List<T>();
        await using var reader = await Command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            results.Add(read(reader));
        }

        return results;
    }
}
