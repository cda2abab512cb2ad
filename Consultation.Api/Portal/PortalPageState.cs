using Consultation.Api.Consultations;

namespace Consultation.Api.Portal;

/// <summary>What a consultation page shows beyond the stored record: the draft being written, its assessment, a notice, errors.</summary>
public sealed record PortalPageState
{
    public AnswerRequest? Draft { get; init; }
    public AssessmentResponse? Assessment { get; init; }
    public string? Notice { get; init; }
    public IReadOnlyList<string> Errors { get; init; } = [];
}
