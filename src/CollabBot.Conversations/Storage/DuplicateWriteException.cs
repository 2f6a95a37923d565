namespace CollabBot.Conversations.Storage;

/// <summary>A unique key said this work was already committed (by a repeated delivery or another host).</summary>
public sealed class DuplicateWriteException(Exception inner) : Exception("The same work was already committed.", inner);
