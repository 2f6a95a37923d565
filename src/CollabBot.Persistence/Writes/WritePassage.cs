using System.Data.Common;
using Microsoft.EntityFrameworkCore;

namespace CollabBot.Persistence.Writes;

/// <summary>
/// A writer's turn through the <see cref="WriteGate"/>: its connection is writable until the passage is disposed, which
/// makes the connection read-only again and lets the next writer in. Free (and empty) where the gate is open.
/// </summary>
public readonly struct WritePassage : IDisposable
{
    private readonly WriteGate? _gate;
    private readonly DbContext? _db;
    private readonly DbConnection? _connection;

    internal WritePassage(WriteGate gate, DbContext db, DbConnection connection)
    {
        _gate = gate;
        _db = db;
        _connection = connection;
    }

    public void Dispose() => _gate?.Release(_db!, _connection!);
}
