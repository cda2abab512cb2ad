namespace Consultation.Api;

/// <summary>The <c>Api</c> section: limits that protect the service from careless or hostile callers.</summary>
public sealed class ApiOptions
{
    public const string Section = "Api";

    public long MaxBodyBytes { get; set; } = 256 * 1024;

    /// <summary>Requests per key (or per address without a key) in each minute.</summary>
    public int RequestsPerMinute { get; set; } = 600;

    public int MaxPageSize { get; set; } = 100;
}
