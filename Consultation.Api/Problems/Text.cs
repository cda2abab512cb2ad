using Consultation.Core.Validation;

namespace Consultation.Api.Problems;

/// <summary>Reads free text fields as Core reads them (<see cref="TextFields"/>), with problems worded in the caller's language.</summary>
public static class Text
{
    public static string? Required(string? value, string field, int maxLength, FieldErrors errors) =>
        errors.From(problems => TextFields.Required(value, field, maxLength, problems));

    public static string? Optional(string? value, string field, int maxLength, FieldErrors errors) =>
        errors.From(problems => TextFields.Optional(value, field, maxLength, problems));

    /// <summary>
    /// A field that identifies something to people (a document number, a title, a name): one line of
    /// visible text, so that it cannot be made to read as another in mails and reports (finding L7).
    /// </summary>
    public static string? RequiredIdentifying(string? value, string field, int maxLength, FieldErrors errors) =>
        errors.From(problems => TextFields.RequiredIdentifying(value, field, maxLength, problems));

    public static string? OptionalIdentifying(string? value, string field, int maxLength, FieldErrors errors) =>
        errors.From(problems => TextFields.OptionalIdentifying(value, field, maxLength, problems));
}
