namespace Consultation.Core.Consultations;

public static class Positions
{
    public const string Agree = "agree";
    public const string AgreeWithComments = "agree_with_comments";
    public const string Disagree = "disagree";
    public const string NotCompetent = "not_competent";

    public static readonly IReadOnlyList<string> All = [Agree, AgreeWithComments, Disagree, NotCompetent];
}
