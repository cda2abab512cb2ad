namespace Consultation.Api.Portal;

/// <summary>Placeholder: the reports page lands with the dashboard.</summary>
public static class PortalReports
{
    public static IResult Show() => Results.Redirect("/portal");

    public static IResult Download() => Results.Redirect("/portal");
}
