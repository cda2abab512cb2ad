namespace Consultation.Core.Assessment;

/// <summary>
/// The machine codes of assessment reasons, stable across releases because clients and reports key on
/// them. Vague-side codes lower the score; the last group records what made an answer clear.
/// </summary>
public static class ReasonCodes
{
    public const string PositionMissing = "position_missing";
    public const string PositionNotStated = "position_not_stated";
    public const string PositionContradicted = "position_contradicted";
    public const string NoOpinion = "no_opinion";
    public const string Deferral = "deferral";
    public const string PuntBack = "punt_back";
    public const string ReferralToLead = "referral_to_lead";
    public const string BoilerplateCitation = "boilerplate_citation";
    public const string Deflection = "deflection";
    public const string SelfReport = "self_report";
    public const string AcknowledgementOnly = "acknowledgement_only";
    public const string GenericRemarks = "generic_remarks";
    public const string FormOnlyComments = "form_only_comments";
    public const string GenericAgreement = "generic_agreement";
    public const string ReservationsUnstated = "reservations_unstated";
    public const string CommentsNotConcrete = "comments_not_concrete";
    public const string UnsupportedDisagreement = "unsupported_disagreement";
    public const string CompetentBodyMissing = "competent_body_missing";
    public const string LegalBasisMissing = "legal_basis_missing";
    public const string OffTopic = "off_topic";

    public const string AgreementOnSimpleIssue = "agreement_on_simple_issue";
    public const string VerifiableAgreement = "verifiable_agreement";
    public const string AnswerByContent = "answer_by_content";
    public const string ConcreteComments = "concrete_comments";
    public const string ReasonsGiven = "reasons_given";
    public const string CompetentBodyAndBasis = "competent_body_and_basis";

    /// <summary>Every code; the lexicon must give each a weight and a Vietnamese message.</summary>
    public static readonly IReadOnlyList<string> All =
    [
        PositionMissing, PositionNotStated, PositionContradicted, NoOpinion, Deferral, PuntBack, ReferralToLead, BoilerplateCitation,
        Deflection, SelfReport, AcknowledgementOnly, GenericRemarks, FormOnlyComments, GenericAgreement, ReservationsUnstated,
        CommentsNotConcrete, UnsupportedDisagreement, CompetentBodyMissing, LegalBasisMissing, OffTopic, AgreementOnSimpleIssue,
        VerifiableAgreement, AnswerByContent, ConcreteComments, ReasonsGiven, CompetentBodyAndBasis,
    ];
}
