using FmPortal.Modules.Labs.Contracts;
using FmPortal.Modules.Labs.Data;
using FmPortal.Modules.Labs.Fhir;
using FmPortal.Modules.Practice.Contracts;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace FmPortal.Modules.Labs.Features.ImportBundle;

/// <summary>Parse and check everything, find the patient, then write all new rows in one transaction.</summary>
internal sealed class ImportLabBundleHandler(IDbContextFactory<LabsDbContext> factory, IMediator mediator, TimeProvider clock)
    : ICommandHandler<ImportLabBundleCommand, LabImportResult>
{
    public async ValueTask<LabImportResult> Handle(ImportLabBundleCommand command, CancellationToken cancellationToken)
    {
        var bundle = LabBundleReader.Read(command.Content);
        var patientId = await ResolvePatient(bundle.Patient, command.PatientId, cancellationToken);
        try
        {
            return await Store(bundle, patientId, cancellationToken);
        }
        catch (DbUpdateException)
        {
            // The same bundle imported at the same moment: the unique keys stopped the duplicate; recount.
            return await Store(bundle, patientId, cancellationToken);
        }
    }

    private async Task<Guid> ResolvePatient(BundlePatient? fromBundle, Guid? chosen, CancellationToken cancellationToken)
    {
        if (fromBundle is null && chosen is null)
            throw new LabBundleException("The bundle holds no Patient resource; choose the patient the results belong to.");
        var match = await mediator.Send(new MatchPatientQuery
        {
            PortalPatientId = chosen,
            Identifiers = fromBundle?.Identifiers ?? [],
            FamilyName = fromBundle?.FamilyName,
            GivenNames = fromBundle?.GivenNames ?? [],
            BirthDate = fromBundle?.BirthDate,
        }, cancellationToken);
        return match switch
        {
            { PatientId: { } id } => id,
            { MatchedBy: "mismatch" } => throw new LabBundleException("The bundle's Patient is not the patient you chose."),
            _ when chosen is not null => throw new LabBundleException("The chosen patient does not exist."),
            _ => throw new LabBundleException(
                "No portal patient matches the bundle's Patient (by identifier, or by name and birth date). Register the patient first."),
        };
    }

    private async Task<LabImportResult> Store(ParsedLabBundle bundle, Guid patientId, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var now = clock.GetUtcNow();

        var existingReports = await db.Reports.Where(r => r.PatientId == patientId)
            .ToDictionaryAsync(r => r.SourceKey, r => r.Id, cancellationToken);
        var existingResults = (await db.Results.Where(r => r.PatientId == patientId).Select(r => r.SourceKey)
            .ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);

        var reportsCreated = 0;
        foreach (var report in bundle.Reports.Where(r => !existingReports.ContainsKey(r.SourceKey)))
        {
            var row = LabRows.Report(report, patientId, now);
            db.Reports.Add(row);
            existingReports[report.SourceKey] = row.Id;
            reportsCreated++;
        }
        var fresh = bundle.Results.Where(r => !existingResults.Contains(r.SourceKey))
            .DistinctBy(r => r.SourceKey).ToList();
        foreach (var result in fresh)
        {
            Guid? reportId = result.ReportSourceKey is { } key && existingReports.TryGetValue(key, out var id) ? id : null;
            db.Results.Add(LabRows.Result(result, patientId, reportId, now));
        }
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new LabImportResult
        {
            PatientId = patientId, ReportsCreated = reportsCreated, ResultsCreated = fresh.Count,
            ResultsAlreadyPresent = bundle.Results.Count - fresh.Count, EntriesSkipped = bundle.EntriesSkipped,
        };
    }
}
