namespace CollabBot.Conversations.Commands;

/// <summary>Raised after a refusal was written, so that the engine discards whatever the command had changed.</summary>
public sealed class CommandRefused(string message, Exception inner) : Exception(message, inner);
