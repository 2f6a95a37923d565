namespace CollabBot.Domain;

/// <summary>An action the domain refuses; the message is written for the person who asked.</summary>
public sealed class DomainRuleViolation(string message) : Exception(message);
