using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace CollabBot.Persistence.Writes;

/// <summary>
/// SQLite lets one writer in at a time and makes the others wait in its busy handler, which sleeps in growing steps
/// (up to 100 ms each) and holds a thread meanwhile. Every write queues here instead, without a thread, and finds the
/// lock free when its turn comes. Urgent writers (the inbox's accepts and the stores' own EF writes: a platform may
/// wait for their answer) pass the background ones (turn commits, inbox and outbox bookkeeping). PostgreSQL locks rows, not the database:
/// there the gate lets everyone through.
/// <para>
/// The gate cannot be skipped. Every SQLite connection is opened read-only (<c>PRAGMA query_only</c>, see
/// <see cref="SqliteConnectionSetup"/>), and only a <see cref="WritePassage"/> makes its connection writable, for as
/// long as it is held. EF's own writes take a passage by themselves (<see cref="GatedSaveChanges"/>,
/// <see cref="GatedCommands"/>); plain SQL and explicit transactions take one with <see cref="EnterAsync(DbContext, bool, CancellationToken)"/>.
/// A write that bypasses the gate fails at once with SQLite's "attempt to write a readonly database". The one
/// exception is a group commit's own connection, which no one else uses and which writes only inside its passages: it
/// stays writable while the group commit keeps it (<see cref="KeepWriter"/>).
/// </para>
/// </summary>
public sealed class WriteGate
{
    private readonly bool _oneAtATime;
    private readonly Lock _lock = new();
    private readonly Queue<TaskCompletionSource> _urgent = new();
    private readonly Queue<TaskCompletionSource> _background = new();
    private readonly ConcurrentDictionary<DbConnection, byte> _keptWritable = new(ReferenceEqualityComparer.Instance);
    private bool _held;
    private DbConnection? _holder;

    private WriteGate(bool oneAtATime) => _oneAtATime = oneAtATime;

    /// <summary>For databases that take concurrent writers themselves (PostgreSQL): every passage is free.</summary>
    public static WriteGate Open { get; } = new(false);

    /// <summary>For SQLite: one writer at a time.</summary>
    public static WriteGate OneAtATime() => new(true);

    /// <summary>Waits for the gate and makes <paramref name="db"/>'s connection writable (opening it) until the passage is disposed.</summary>
    public ValueTask<WritePassage> EnterAsync(DbContext db, CancellationToken cancellationToken) => EnterAsync(db, urgent: false, cancellationToken);

    /// <summary>As <see cref="EnterAsync(DbContext, CancellationToken)"/>; an urgent writer passes every background one that waits.</summary>
    public async ValueTask<WritePassage> EnterAsync(DbContext db, bool urgent, CancellationToken cancellationToken)
    {
        if (!_oneAtATime)
        {
            return default;
        }

        await WaitForTurnAsync(urgent, cancellationToken);
        var opened = false;
        try
        {
            await db.Database.OpenConnectionAsync(cancellationToken);
            opened = true;
            var connection = db.Database.GetDbConnection();
            if (!_keptWritable.ContainsKey(connection))
            {
                SetQueryOnly(connection, false);
            }

            Volatile.Write(ref _holder, connection);
            return new WritePassage(this, db, connection);
        }
        catch
        {
            if (opened)
            {
                await db.Database.CloseConnectionAsync();
            }

            Leave();
            throw;
        }
    }

    /// <summary>Whether <paramref name="connection"/> holds the passage now (a write on it needs no other).</summary>
    internal bool IsHeldBy(DbConnection? connection) => _oneAtATime && connection is not null && ReferenceEquals(Volatile.Read(ref _holder), connection);

    /// <summary>Whether writers pass one at a time (SQLite).</summary>
    internal bool OneWriterAtATime => _oneAtATime;

    /// <summary>
    /// Keeps the open connection of a group commit (<see cref="GroupCommitWriter{TPending}"/>) writable until
    /// <see cref="ReleaseWriter"/>, so that its passages toggle nothing. SQLite expires every statement prepared on a
    /// connection whenever <c>query_only</c> changes, and a group commit keeps its statements prepared for the life of
    /// its connection (<see cref="PreparedRowStatements"/>). Only for a connection that one loop owns and writes on only
    /// while it holds a passage.
    /// </summary>
    internal void KeepWriter(DbConnection connection)
    {
        if (_oneAtATime)
        {
            SetQueryOnly(connection, false);
            _keptWritable[connection] = 0;
        }
    }

    /// <summary>The group commit gives its connection up: read-only again before it goes back to the pool.</summary>
    internal void ReleaseWriter(DbConnection connection)
    {
        if (_keptWritable.TryRemove(connection, out _))
        {
            MakeReadOnly(connection);
        }
    }

    internal void Release(DbContext db, DbConnection connection)
    {
        Volatile.Write(ref _holder, null);
        try
        {
            if (!_keptWritable.ContainsKey(connection))
            {
                MakeReadOnly(connection);
            }
        }
        finally
        {
            db.Database.CloseConnection();
            Leave();
        }
    }

    private static void MakeReadOnly(DbConnection connection)
    {
        try
        {
            SetQueryOnly(connection, true);
        }
        catch (Exception) when (connection is SqliteConnection sqlite)
        {
            // The connection is broken; it must not go back to the pool writable.
            SqliteConnection.ClearPool(sqlite);
        }
    }

    internal static void SetQueryOnly(DbConnection connection, bool queryOnly)
    {
        using var command = connection.CreateCommand();
        command.CommandText = queryOnly ? "PRAGMA query_only=1;" : "PRAGMA query_only=0;";
        command.ExecuteNonQuery();
    }

    private async Task WaitForTurnAsync(bool urgent, CancellationToken cancellationToken)
    {
        TaskCompletionSource waiter;
        lock (_lock)
        {
            if (!_held)
            {
                _held = true;
                return;
            }

            waiter = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            (urgent ? _urgent : _background).Enqueue(waiter);
        }

        try
        {
            await waiter.Task.WaitAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            // The gate may still be handed to this waiter later: pass it straight on then.
            _ = waiter.Task.ContinueWith(_ => Leave(), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
            throw;
        }
    }

    private void Leave()
    {
        TaskCompletionSource? next;
        lock (_lock)
        {
            if (!_urgent.TryDequeue(out next) && !_background.TryDequeue(out next))
            {
                _held = false;
                return;
            }
        }

        next.SetResult();
    }
}
