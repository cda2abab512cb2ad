namespace Consultation.Core.Assessment;

/// <summary>The language of reason messages. Stored assessments are always Vietnamese.</summary>
public enum ReasonLanguage
{
    Vietnamese,
    English,
}
