namespace Consultation.Core.Agencies;

/// <summary>A registered state agency: a provincial department, a commune-level People's Committee, or another body.</summary>
public sealed record Agency
{
    public required string Code { get; init; }
    public required string Name { get; init; }
    public required string Kind { get; init; }
    public required string Email { get; init; }
    public string? HeadName { get; init; }
    public string? HeadEmail { get; init; }
    public string? Competence { get; init; }
    public bool Active { get; init; } = true;
    public DateTimeOffset CreatedAt { get; init; }
}
