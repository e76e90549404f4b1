using BenchmarkDotNet.Attributes;
using FmPortal.Modules.Labs.Contracts;
using FmPortal.Modules.Labs.Features.Results;
using FmPortal.Shared.Kernel.Security;
using Mediator;
using Microsoft.Extensions.DependencyInjection;

namespace FmPortal.Bench;

/// <summary>
/// Dr. Rivera reads Raúl Fernández's 84 lab results. Every variant does what a page does per request: open a
/// DI scope, set the signed-in actor, run the query. Ratio = variant / bare handler on the same store.
/// BareHandler and FullPipeline are the comparison; the two Stubbed variants only attribute the difference
/// (see Stubs) and run on hosts of their own.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(BenchConfig))]
public class LabResultsBenchmarks
{
    private const int ExpectedResults = 84;

    private BenchPortal _portal = default!;
    private GetLabResultsQuery _query = default!;

    [Params(Store.SqliteFile, Store.InMemory)]
    public Store Store { get; set; }

    [GlobalSetup(Targets = [nameof(BareHandler), nameof(FullPipeline)])]
    public async Task Setup()
    {
        await Start(null);
        // Both sides must see the same rows, or the comparison means nothing.
        if (await BareHandler() != ExpectedResults || await FullPipeline() != ExpectedResults)
            throw new InvalidOperationException($"Expected {ExpectedResults} lab results for the imported bundle.");
    }

    [GlobalSetup(Target = nameof(FullPipelineAuditStubbed))]
    public Task SetupAuditStubbed() => Start(Stubs.NoAuditCommit);

    [GlobalSetup(Target = nameof(FullPipelineAuditAndCareTeamStubbed))]
    public Task SetupAuditAndCareTeamStubbed() => Start(s => { Stubs.NoAuditCommit(s); Stubs.NoCareTeamQuery(s); });

    [GlobalCleanup]
    public async Task Cleanup() => await _portal.DisposeAsync();

    /// <summary>The handler alone, resolved from the same scope with the same actor: no audit, no checks.</summary>
    [Benchmark(Baseline = true)]
    public async Task<int> BareHandler()
    {
        await using var scope = _portal.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<IActorContext>().Set(_portal.Physician);
        var handler = scope.ServiceProvider.GetRequiredService<GetLabResultsHandler>();
        return (await handler.Handle(_query, CancellationToken.None)).Count;
    }

    /// <summary>IMediator.Send through every behavior, committing one audit row per call.</summary>
    [Benchmark]
    public Task<int> FullPipeline() => Send();

    /// <summary>Diagnostic: the pipeline with the audit commit and care-team query stubbed = its own CPU work.</summary>
    [Benchmark]
    public Task<int> FullPipelineAuditAndCareTeamStubbed() => Send();

    /// <summary>Diagnostic: the pipeline with only the audit commit stubbed.</summary>
    [Benchmark]
    public Task<int> FullPipelineAuditStubbed() => Send();

    private async Task Start(Action<IServiceCollection>? overrides)
    {
        _portal = await BenchPortal.StartAsync(Store, overrides);
        _query = new GetLabResultsQuery(_portal.PatientId);
    }

    private async Task<int> Send()
    {
        await using var scope = _portal.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<IActorContext>().Set(_portal.Physician);
        return (await scope.ServiceProvider.GetRequiredService<IMediator>().Send(_query, CancellationToken.None)).Count;
    }
}
