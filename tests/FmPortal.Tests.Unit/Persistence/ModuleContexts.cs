using FmPortal.Host.Composition;
using FmPortal.Host.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace FmPortal.Tests.Unit.Persistence;

/// <summary>Every provider-specific context of every module (and identity), built offline by its design-time factory.</summary>
public static class ModuleContexts
{
    public static IEnumerable<Type> All =>
        PortalMediator.ModuleAssemblies.Append(typeof(PortalIdentityDbContext).Assembly)
            .SelectMany(a => a.GetTypes())
            .Where(t => t is { IsAbstract: false } && typeof(DbContext).IsAssignableFrom(t))
            .OrderBy(t => t.FullName);

    public static TheoryData<string> Names()
    {
        var data = new TheoryData<string>();
        foreach (var t in All) data.Add(t.AssemblyQualifiedName!);
        return data;
    }

    public static DbContext Create(Type context)
    {
        var factoryInterface = typeof(IDesignTimeDbContextFactory<>).MakeGenericType(context);
        var factory = context.Assembly.GetTypes().Single(t => factoryInterface.IsAssignableFrom(t));
        var instance = Activator.CreateInstance(factory, nonPublic: true)!;
        return (DbContext)factoryInterface.GetMethod("CreateDbContext")!.Invoke(instance, [Array.Empty<string>()])!;
    }
}
