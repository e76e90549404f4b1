namespace FmPortal.Shared.Kernel.Errors;

/// <summary>Base for errors whose message is safe to show: it names what is wrong, never a PHI value.</summary>
public abstract class PortalException(string message) : Exception(message)
{
    /// <summary>Short machine code written to the audit event.</summary>
    public abstract string Code { get; }
}

public sealed class AccessDeniedException(string reason) : PortalException("You do not have access to this information.")
{
    /// <summary>Why, for the audit trail (e.g. "role", "care-team", "own-record-only"). Not shown to the caller.</summary>
    public string Reason { get; } = reason;
    public override string Code => "denied:" + Reason;
}

public sealed class NotFoundException(string what) : PortalException($"{what} was not found.")
{
    public override string Code => "not-found";
}

public sealed record ValidationProblem(string Field, string Message);

public sealed class RequestValidationException(IReadOnlyList<ValidationProblem> problems)
    : PortalException(string.Join(" ", problems.Select(p => p.Message)))
{
    public IReadOnlyList<ValidationProblem> Problems { get; } = problems;
    public override string Code => "invalid:" + string.Join(",", Problems.Select(p => p.Field).Distinct());
}

/// <summary>A request type that declares no permission. The pipeline refuses it: fail closed.</summary>
public sealed class UndeclaredPermissionException(Type requestType)
    : PortalException($"Request {requestType.Name} declares no permission and was refused.")
{
    public override string Code => "undeclared-permission";
}
