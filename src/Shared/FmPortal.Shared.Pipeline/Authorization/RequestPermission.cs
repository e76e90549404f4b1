using System.Collections.Concurrent;
using System.Reflection;
using FmPortal.Shared.Kernel.Security;

namespace FmPortal.Shared.Pipeline.Authorization;

/// <summary>What a request type declares, read once per type.</summary>
public sealed record RequestPermission(DataDomain? Domain, DataAction? Action, bool Declared, bool IsPatientScoped)
{
    private static readonly ConcurrentDictionary<Type, RequestPermission> Cache = new();

    public bool RequiresNothing => Declared && Domain is null;

    public static RequestPermission For(Type requestType) => Cache.GetOrAdd(requestType, Read);

    private static RequestPermission Read(Type type)
    {
        var requires = type.GetCustomAttribute<RequiresPermissionAttribute>();
        var none = type.GetCustomAttribute<NoPermissionRequiredAttribute>();
        var scoped = typeof(IPatientScoped).IsAssignableFrom(type);
        // Exactly one declaration; both or neither is treated as undeclared (fail closed).
        if (requires is not null && none is null)
            return new(requires.Domain, requires.Action, true, scoped);
        if (none is not null && requires is null)
            return new(null, null, true, scoped);
        return new(null, null, false, scoped);
    }
}
