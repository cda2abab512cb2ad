namespace Consultation.Core.Tests.Data.Recording;

/// <summary>One command as the server would receive it: its text and how many parameters travel with it.</summary>
public sealed record RecordedCommand(string Text, int ParameterCount);
