using Consultation.Api.Problems;
using Consultation.Core.Text;

namespace Consultation.Api.Consultations;

/// <summary>Closing as the lead submits it: a synthesis of substance (tổng hợp), not a formula.</summary>
public static class CloseValidation
{
    public static string? Validate(CloseRequest request, FieldErrors errors)
    {
        var synthesis = Text.Required(request.Synthesis, "synthesis", 50_000, errors);
        if (synthesis is not null && VietnameseText.WordCount(synthesis) < OpenConsultationValidation.MinSubstantiveWords)
        {
            errors.Add("synthesis", "not_substantive", OpenConsultationValidation.MinSubstantiveWords);
        }
        return errors.Any ? null : synthesis;
    }
}
