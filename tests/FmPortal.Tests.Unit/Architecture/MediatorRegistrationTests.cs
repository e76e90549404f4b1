using FmPortal.Host.Composition;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;

namespace FmPortal.Tests.Unit.Architecture;

/// <summary>
/// A module left out of the mediator's assembly list is not a build error; it fails at run time.
/// This resolves a handler for every request of every module from the real composition.
/// </summary>
public sealed class MediatorRegistrationTests
{
    [Theory]
    [MemberData(nameof(Modules.RequestTypeNames), MemberType = typeof(Modules))]
    public void Every_request_has_a_handler_in_the_composed_portal(string typeName)
    {
        var request = Type.GetType(typeName)!;
        using var services = Compose();
        using var scope = services.CreateScope();

        var handler = scope.ServiceProvider.GetService(HandlerInterfaceOf(request));

        Assert.NotNull(handler);
    }

    private static Type HandlerInterfaceOf(Type request)
    {
        foreach (var i in request.GetInterfaces().Where(i => i.IsGenericType))
        {
            var d = i.GetGenericTypeDefinition();
            var response = i.GetGenericArguments()[0];
            if (d == typeof(Mediator.IQuery<>)) return typeof(Mediator.IQueryHandler<,>).MakeGenericType(request, response);
            if (d == typeof(Mediator.ICommand<>)) return typeof(Mediator.ICommandHandler<,>).MakeGenericType(request, response);
            if (d == typeof(Mediator.IRequest<>)) return typeof(Mediator.IRequestHandler<,>).MakeGenericType(request, response);
        }
        throw new InvalidOperationException($"{request.Name} is not a query, command or request.");
    }

    private static ServiceProvider Compose()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Sqlite",
            ["Database:ConnectionString"] = "Data Source=" + Path.Combine(Path.GetTempPath(), "fmportal-arch-" + Guid.NewGuid().ToString("N") + ".db"),
        }).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddPortal(configuration, new TestEnvironment());
        return services.BuildServiceProvider();
    }

    private sealed class TestEnvironment : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = "Testing";
        public string ApplicationName { get; set; } = "FmPortal.Host";
        public string ContentRootPath { get; set; } = Path.GetTempPath();
        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
    }
}
