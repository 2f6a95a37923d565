namespace CollabBot.Persistence.Writes;

/// <summary>A writer's turn through the <see cref="WriteGate"/>: disposing it lets the next writer in. Free (and empty) where the gate is open.</summary>
public readonly struct WritePassage : IDisposable
{
    private readonly WriteGate? _gate;

    internal WritePassage(WriteGate gate) => _gate = gate;

    public void Dispose() => _gate?.Leave();
}
