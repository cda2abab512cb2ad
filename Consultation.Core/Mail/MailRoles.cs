namespace Consultation.Core.Mail;

/// <summary>Why a recipient receives an item.</summary>
public static class MailRoles
{
    /// <summary>The lead unit (đơn vị chủ trì) of the consultation.</summary>
    public const string Lead = "lead";

    /// <summary>The consulted agency itself.</summary>
    public const string Agency = "agency";

    /// <summary>The head (người đứng đầu) of the consulted agency.</summary>
    public const string Head = "head";

    /// <summary>The supervisor, Sở Nội vụ, which monitors compliance province-wide.</summary>
    public const string Supervisor = "supervisor";
}
