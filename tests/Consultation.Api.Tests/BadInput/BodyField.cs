namespace Consultation.Api.Tests.BadInput;

/// <summary>A property of a request body, or of the first item of one of its lists.</summary>
public sealed record BodyField(string Name, string? Inner, string Label, bool IsString);
