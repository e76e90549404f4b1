using System.Reflection;
using FmPortal.Host.Composition;

namespace FmPortal.Tests.Unit.Architecture;

/// <summary>The modules as the host composes them: runtime assemblies and their contracts.</summary>
public static class Modules
{
    public static IReadOnlyList<Assembly> Runtimes => PortalMediator.ModuleAssemblies;

    public static IReadOnlyList<Assembly> Contracts { get; } =
        Runtimes.Select(a => Assembly.Load(a.GetName().Name + ".Contracts")).ToList();

    public static IEnumerable<Type> RequestTypes =>
        Contracts.SelectMany(a => a.GetTypes())
            .Where(t => t is { IsAbstract: false, IsInterface: false } && typeof(Mediator.IMessage).IsAssignableFrom(t));

    public static string ModuleName(Assembly assembly) => assembly.GetName().Name!.Split('.')[2];

    public static TheoryData<string> RequestTypeNames()
    {
        var data = new TheoryData<string>();
        foreach (var t in RequestTypes) data.Add(t.AssemblyQualifiedName!);
        return data;
    }
}
