namespace Consultation.Api.Reports;

/// <summary>One rule for every chart and list that colours an on-time rate: good from 90 %, fair from 70 %, poor below.</summary>
public static class OnTimeBands
{
    public static OnTimeBand Of(double rate) => rate >= 0.9 ? OnTimeBand.Good : rate >= 0.7 ? OnTimeBand.Fair : OnTimeBand.Poor;
}
