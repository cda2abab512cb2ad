namespace Consultation.Api.Consultations;

public sealed record ReviewRequest(string? Decision, string? Note, string? DueAt, int? WorkingDays);

public sealed record ExtensionRequest(string? DueAt, int? WorkingDays, string? Reason);

public sealed record CloseRequest(string? Synthesis);

public sealed record RedirectRequest(string? AgencyCode, string? DueAt, int? WorkingDays, string? Reason);
