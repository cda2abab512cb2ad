using Consultation.Core.Text;

namespace Consultation.Core.Validation;

/// <summary>Reads free text fields: normalised to NFC, bounded in length, free of control characters.</summary>
public static class TextFields
{
    public static string? Required(string? value, string field, int maxLength, FieldProblems problems) =>
        Read(value, field, maxLength, problems, required: true, identifying: false);

    public static string? Optional(string? value, string field, int maxLength, FieldProblems problems) =>
        Read(value, field, maxLength, problems, required: false, identifying: false);

    /// <summary>
    /// A field that identifies something to people (a document number, a title, a name): one line of
    /// visible text, so that it cannot be made to read as another in mails and reports (finding L7).
    /// </summary>
    public static string? RequiredIdentifying(string? value, string field, int maxLength, FieldProblems problems) =>
        Read(value, field, maxLength, problems, required: true, identifying: true);

    public static string? OptionalIdentifying(string? value, string field, int maxLength, FieldProblems problems) =>
        Read(value, field, maxLength, problems, required: false, identifying: true);

    private static string? Read(string? value, string field, int maxLength, FieldProblems problems, bool required, bool identifying)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            if (required)
            {
                problems.Add(field, "required");
            }
            return null;
        }
        var text = VietnameseText.Normalize(value);
        if (VietnameseText.HasControlCharacters(text))
        {
            problems.Add(field, "control_characters");
            return null;
        }
        if (identifying && VietnameseText.HasInvisibleCharacters(text))
        {
            problems.Add(field, "invisible_characters");
            return null;
        }
        if (text.Length > maxLength)
        {
            problems.Add(field, "too_long", maxLength);
            return null;
        }
        return text;
    }
}
