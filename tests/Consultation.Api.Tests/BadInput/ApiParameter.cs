namespace Consultation.Api.Tests.BadInput;

/// <summary>A path or query parameter of an <see cref="ApiOperation"/>.</summary>
public sealed record ApiParameter(string Name, string In);
