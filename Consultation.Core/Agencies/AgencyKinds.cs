namespace Consultation.Core.Agencies;

public static class AgencyKinds
{
    public const string Department = "department";
    public const string District = "district";
    public const string Commune = "commune";
    public const string Committee = "committee";
    public const string Other = "other";

    public static readonly IReadOnlyList<string> All = [Department, District, Commune, Committee, Other];
}
