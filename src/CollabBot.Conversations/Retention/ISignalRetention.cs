namespace CollabBot.Conversations.Retention;

/// <summary>Folds raw participation signals into anonymous monthly tallies and deletes them, in one commit.</summary>
public interface ISignalRetention
{
    /// <summary>Returns how many raw signals older than <paramref name="cutoff"/> were folded and dropped (at most <paramref name="batch"/>).</summary>
    Task<int> FoldAsync(DateTimeOffset cutoff, int batch, CancellationToken cancellationToken);
}
