namespace FmPortal.Modules.Intake.Contracts;

/// <summary>Marker for the module's public messages; slices add their commands and queries beside it.</summary>
public static class IntakeContracts
{
    public const string Schema = "intake";
}
