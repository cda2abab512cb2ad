namespace Consultation.Api.Reports;

/// <summary>How an on-time rate reads on a page.</summary>
public enum OnTimeBand
{
    Poor,
    Fair,
    Good,
}
