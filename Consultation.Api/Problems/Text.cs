using Consultation.Core.Text;

namespace Consultation.Api.Problems;

/// <summary>Reads free text fields: normalised to NFC, bounded in length, free of control characters.</summary>
public static class Text
{
    public static string? Required(string? value, string field, int maxLength, FieldErrors errors)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            errors.Add(field, "required");
            return null;
        }
        return Optional(value, field, maxLength, errors);
    }

    public static string? Optional(string? value, string field, int maxLength, FieldErrors errors)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }
        var text = VietnameseText.Normalize(value);
        if (VietnameseText.HasControlCharacters(text))
        {
            errors.Add(field, "control_characters");
            return null;
        }
        if (text.Length > maxLength)
        {
            errors.Add(field, "too_long", maxLength);
            return null;
        }
        return text;
    }
}
