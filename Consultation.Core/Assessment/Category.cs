namespace Consultation.Core.Assessment;

/// <summary>The lexicon's categories the rules know by name; their phrases and weights live in <c>lexicon.json</c>.</summary>
internal static class Category
{
    public const string Agree = "agree";
    public const string AgreeReserved = "agree_reserved";
    public const string Disagree = "disagree";
    public const string NotCompetent = "not_competent";
    public const string Nominate = "nominate";
    public const string Neutral = "neutral";
    public const string NoOpinion = "no_opinion";
    public const string Deferral = "deferral";
    public const string PuntBack = "punt_back";
    public const string Boilerplate = "boilerplate";
    public const string UnnamedBody = "unnamed_body";
    public const string SelfReport = "self_report";
    public const string Acknowledgement = "acknowledgement";
    public const string Generic = "generic";
    public const string Praise = "praise";
    public const string Qualifier = "qualifier";
    public const string Evaluative = "evaluative";
    public const string FormOnly = "form_only";
    public const string Edit = "edit";
    public const string Commitment = "commitment";
    public const string Request = "request";
    public const string Reason = "reason";
    public const string Alternative = "alternative";
    public const string Closing = "closing";
    public const string Reference = "reference";
    public const string ProposalPointer = "proposal_pointer";
    public const string SimpleIssue = "simple_issue";
    public const string ComplexIssue = "complex_issue";
    public const string InformationRequest = "information_request";
    public const string Logistics = "logistics";
    public const string MoneyIssue = "money_issue";

    public static readonly IReadOnlyList<string> Answer =
    [
        Agree, AgreeReserved, Disagree, NotCompetent, Nominate, Neutral, NoOpinion, Deferral, PuntBack, Boilerplate, UnnamedBody,
        SelfReport, Acknowledgement, Generic, Praise, Qualifier, Evaluative, FormOnly, Edit, Commitment, Request, Reason, Alternative, Closing, Reference,
        ProposalPointer,
    ];

    public static readonly IReadOnlyList<string> Issue = [SimpleIssue, ComplexIssue, InformationRequest, Logistics, MoneyIssue];

    /// <summary>Ways of answering without answering, each reported under its own reason code.</summary>
    public static readonly IReadOnlyList<(string Category, string Code)> Evasions =
    [
        (NoOpinion, ReasonCodes.NoOpinion),
        (Deferral, ReasonCodes.Deferral),
        (PuntBack, ReasonCodes.PuntBack),
        (Boilerplate, ReasonCodes.BoilerplateCitation),
        (UnnamedBody, ReasonCodes.Deflection),
        (SelfReport, ReasonCodes.SelfReport),
        (FormOnly, ReasonCodes.FormOnlyComments),
        (Acknowledgement, ReasonCodes.AcknowledgementOnly),
        (Generic, ReasonCodes.GenericRemarks),
        (Praise, ReasonCodes.GenericRemarks),
        (Qualifier, ReasonCodes.GenericRemarks),
    ];

    public static bool IsStance(string category) =>
        category is Agree or AgreeReserved or Disagree or NotCompetent or Nominate;
}
