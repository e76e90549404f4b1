using FmPortal.Modules.Practice.Contracts;
using FmPortal.Modules.Practice.Data;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace FmPortal.Modules.Practice.Features.Patients;

/// <summary>Identifier first (exact), then family name + a given name + birth date (exact, case-insensitive).</summary>
internal sealed class MatchPatientHandler(IDbContextFactory<PracticeDbContext> factory) : IQueryHandler<MatchPatientQuery, PatientMatch>
{
    public async ValueTask<PatientMatch> Handle(MatchPatientQuery query, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var found = await Find(db, query, cancellationToken);
        if (query.PortalPatientId is not { } chosen) return found;

        if (!await db.Patients.AnyAsync(p => p.Id == chosen, cancellationToken)) return new PatientMatch(null, null);
        var describesSomeone = query.Identifiers.Count > 0 || query.FamilyName is not null;
        if (!describesSomeone) return new PatientMatch(chosen, "chosen");
        return found.PatientId == chosen ? found : new PatientMatch(null, "mismatch");
    }

    private static async Task<PatientMatch> Find(PracticeDbContext db, MatchPatientQuery query, CancellationToken cancellationToken)
    {
        if (query.Identifiers.Count > 0)
        {
            var byIdentifier = await db.Identifiers.AsNoTracking().Where(i => query.Identifiers.Contains(i.Value))
                .Select(i => i.PatientId).Distinct().ToListAsync(cancellationToken);
            if (byIdentifier.Count == 1) return new PatientMatch(byIdentifier[0], "identifier");
        }
        if (query.FamilyName is null || query.BirthDate is null || query.GivenNames.Count == 0)
            return new PatientMatch(null, null);

        var candidates = await db.Patients.AsNoTracking().Where(p => p.BirthDate == query.BirthDate)
            .Select(p => new { p.Id, p.FamilyName, p.GivenName }).ToListAsync(cancellationToken);
        var matches = candidates
            .Where(p => NameEquals(p.FamilyName, query.FamilyName) && query.GivenNames.Any(g => NameEquals(p.GivenName, g)))
            .Select(p => p.Id).Distinct().ToList();
        // Two people with the same name and birth date: refuse to guess.
        return matches.Count == 1 ? new PatientMatch(matches[0], "name-and-birth-date") : new PatientMatch(null, null);
    }

    private static bool NameEquals(string a, string b) =>
        string.Equals(a.Normalize().Trim(), b.Normalize().Trim(), StringComparison.OrdinalIgnoreCase);
}
