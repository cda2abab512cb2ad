namespace Consultation.Api.Consultations;

public sealed record ReviewRequest(string? Decision, string? Note = null, string? DueAt = null, int? WorkingDays = null);

public sealed record ExtensionRequest(string? Reason, string? DueAt = null, int? WorkingDays = null);

public sealed record CloseRequest(string? Synthesis);

public sealed record RedirectRequest(string? Reason, string? AgencyCode = null, string? DueAt = null, int? WorkingDays = null);
