using System.Collections.Concurrent;

namespace CollabBot.Persistence;

/// <summary>
/// A query compiled with <c>EF.CompileAsyncQuery</c>, once per provider: EF binds a compiled query to the model it
/// first ran with, and the SQLite and PostgreSQL contexts each have their own. Used for the statements every turn
/// or every delivered message runs, where translating the expression again each time was a noticeable share.
/// </summary>
internal sealed class CompiledPerProvider<TQuery>(Func<TQuery> compile)
    where TQuery : class
{
    private readonly ConcurrentDictionary<Type, TQuery> _byContextType = new();

    public TQuery For(CollabDbContext db) => _byContextType.GetOrAdd(db.GetType(), _ => compile());
}
