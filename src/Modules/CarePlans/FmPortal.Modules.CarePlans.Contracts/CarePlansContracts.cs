namespace FmPortal.Modules.CarePlans.Contracts;

/// <summary>Marker for the module's public messages; slices add their commands and queries beside it.</summary>
public static class CarePlansContracts
{
    public const string Schema = "careplans";
}
