namespace Consultation.Core.Data;

/// <summary>A writer's turn from <see cref="Db.WriteTurnAsync"/>; disposing it lets the next writer in.</summary>
public readonly struct WriteTurn(SemaphoreSlim? gate) : IDisposable
{
    public void Dispose() => gate?.Release();
}
