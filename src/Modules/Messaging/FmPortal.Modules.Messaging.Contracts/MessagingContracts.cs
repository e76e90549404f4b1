namespace FmPortal.Modules.Messaging.Contracts;

/// <summary>Marker for the module's public messages; slices add their commands and queries beside it.</summary>
public static class MessagingContracts
{
    public const string Schema = "messaging";
}
