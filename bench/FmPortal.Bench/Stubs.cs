using FmPortal.Shared.Kernel.Audit;
using FmPortal.Shared.Kernel.Security;
using Microsoft.Extensions.DependencyInjection;

namespace FmPortal.Bench;

/// <summary>
/// Replacements that switch off the pipeline's two database round trips, so the benchmark can show what each
/// one costs inside a real request (timing a step alone misses effects like a commit's fsync stalling the
/// thread). They disable security and exist in this project only.
/// </summary>
internal static class Stubs
{
    public static void NoAuditCommit(IServiceCollection services) => services.AddSingleton<IAuditWriter, DiscardingAuditWriter>();

    public static void NoCareTeamQuery(IServiceCollection services) => services.AddSingleton<ICareRelationships, EveryoneOnCareTeam>();

    private sealed class DiscardingAuditWriter : IAuditWriter
    {
        public Task AppendAsync(AuditRecord record, CancellationToken cancellationToken) => Task.CompletedTask;
    }

    private sealed class EveryoneOnCareTeam : ICareRelationships
    {
        public ValueTask<bool> IsOnCareTeamAsync(Guid staffUserId, Guid patientId, CancellationToken cancellationToken) =>
            ValueTask.FromResult(true);
    }
}
