namespace Consultation.Core.Consultations;

/// <summary>What became of a requested change; every value but <see cref="Done"/> changed nothing.</summary>
public enum ChangeOutcome
{
    Done,
    NotFound,
    NotConsulted,
    ConsultationNotOpen,
    AlreadyAnswered,
    NotAnswered,
    AlreadyReviewed,
    DueNotLater,
    DuplicateDocumentNumber,
    DeemedAgreed,
    NotReferred,
    AlreadyRedirected,
    AlreadyConsulted,
    CompetentAgencyRequired,
    UnknownAgency,

    /// <summary>The request's fields are not well formed.</summary>
    Invalid,

    /// <summary>The caller is party to the consultation but does not lead it.</summary>
    NotLead,

    /// <summary>The agency named in the route is not consulted on the consultation.</summary>
    AssignmentNotFound,
}
