namespace Consultation.Api.Tests.BadInput;

/// <summary>
/// The path values that reach an operation's validation: a real consultation and consulted agency,
/// so review, extension, answer and close read their bodies. Where a body's absence or null means a
/// default that would succeed (a key for an agency defaults to role "agency"), or where no body stands
/// between the caller and a change (revoking a key, removing an override), the target is one that does
/// not exist, so that every request of the sweep is one the service must refuse.
/// </summary>
public sealed record SweepTargets(Guid ConsultationId, string ConsultedAgency)
{
    public const string AbsentAgency = "ZZZ";
    public const string AbsentKeyPrefix = "0000000000";
    public const string DateWithoutOverride = "2027-03-03";

    public string PathFor(ApiOperation operation) =>
        operation.InPath.Aggregate(operation.Path, (path, p) => path.Replace($"{{{p.Name}}}", ValueFor(operation, p.Name), StringComparison.Ordinal));

    private string ValueFor(ApiOperation operation, string parameter) => parameter switch
    {
        "id" => ConsultationId.ToString(),
        "agencyCode" => ConsultedAgency,
        "code" when operation.Path.EndsWith("/keys", StringComparison.Ordinal) => AbsentAgency,
        "code" => ConsultedAgency,
        "prefix" => AbsentKeyPrefix,
        "date" => DateWithoutOverride,
        "year" => "2027",
        _ => "x",
    };
}
