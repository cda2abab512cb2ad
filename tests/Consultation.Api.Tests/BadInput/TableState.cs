namespace Consultation.Api.Tests.BadInput;

/// <summary>One table in a <see cref="DatabaseSnapshot"/>.</summary>
public sealed record TableState(int Rows, string Hash);
