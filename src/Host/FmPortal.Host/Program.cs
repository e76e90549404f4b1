using FmPortal.Host.Cli;
using FmPortal.Host.Composition;
using Serilog;

// The command line shares the whole composition with the web host; only what runs at the end differs.
var isCommand = PortalCommandLine.IsCommand(args);
var builder = WebApplication.CreateBuilder(isCommand ? [] : args);
builder.Host.UseSerilog((context, logging) => logging.ReadFrom.Configuration(context.Configuration));
builder.Services.AddPortal(builder.Configuration, builder.Environment);

var app = builder.Build();
await app.Services.InitializePortalAsync();

if (isCommand) return await PortalCommandLine.RunAsync(app.Services, args, Console.Out);

app.UsePortal();
await app.RunAsync();
return 0;

public partial class Program;
