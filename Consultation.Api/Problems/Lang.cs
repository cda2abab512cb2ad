namespace Consultation.Api.Problems;

/// <summary>The language of messages to people: Vietnamese unless the caller prefers English.</summary>
public enum Lang
{
    Vi,
    En,
}
