namespace FmPortal.Shared.Kernel.Security;

public enum ActorKind
{
    User,
    System,
}

/// <summary>Who is asking. Carries ids only: a patient's name is PHI and never travels with the actor.</summary>
public sealed record Actor(
    Guid UserId,
    string UserName,
    string Role,
    ActorKind Kind,
    Guid? PatientId,
    string SessionId,
    string? ClientAddress)
{
    public bool IsPatient => Role == Roles.Patient;

    public static Actor System(string name, string sessionId) =>
        new(Guid.Empty, name, Roles.SystemIntegration, ActorKind.System, null, sessionId, null);
}

/// <summary>
/// The caller of the current scope: an HTTP request, a Blazor circuit or a command-line run.
/// Fed from the authentication state, never from IHttpContextAccessor inside a circuit.
/// </summary>
public interface IActorContext
{
    Actor? Current { get; }

    void Set(Actor actor);

    /// <summary>Signed out: nothing more may be asked in this scope's name.</summary>
    void Clear();
}

/// <summary>The care relationship: which staff members are on a patient's care team.</summary>
public interface ICareRelationships
{
    ValueTask<bool> IsOnCareTeamAsync(Guid staffUserId, Guid patientId, CancellationToken cancellationToken);
}
