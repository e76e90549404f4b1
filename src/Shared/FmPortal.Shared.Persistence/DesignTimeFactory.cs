using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace FmPortal.Shared.Persistence;

/// <summary>Lets `dotnet ef` build a provider's context offline (no server is contacted).</summary>
public abstract class DesignTimeFactory<T>(DatabaseProvider provider, string schema) : IDesignTimeDbContextFactory<T>
    where T : DbContext
{
    public T CreateDbContext(string[] args) => Create(provider, schema);

    public static T Create(DatabaseProvider provider, string schema) =>
        (T)Activator.CreateInstance(typeof(T), ModuleDatabaseRegistration.DesignTimeOptions<T>(provider, schema))!;
}
