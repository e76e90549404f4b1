using FmPortal.Shared.Persistence;
using Microsoft.EntityFrameworkCore;

namespace FmPortal.Modules.Practice.Data;

internal sealed class Patient
{
    public Guid Id { get; set; }
    public string Mrn { get; set; } = "";
    public string GivenName { get; set; } = "";
    public string FamilyName { get; set; } = "";
    public DateOnly BirthDate { get; set; }
    public string? Sex { get; set; }
    public string? Email { get; set; }
    public string? Phone { get; set; }
    public string? InsurancePayer { get; set; }
    public string? InsuranceMemberId { get; set; }
    public DateTimeOffset RegisteredAt { get; set; }
    public List<PatientIdentifier> Identifiers { get; set; } = [];
}

/// <summary>An identifier another system uses for the patient, "system|value".</summary>
internal sealed class PatientIdentifier
{
    public long Id { get; set; }
    public Guid PatientId { get; set; }
    public string Value { get; set; } = "";
}

internal sealed class CareTeamMember
{
    public Guid PatientId { get; set; }
    public Guid StaffUserId { get; set; }
    public string Role { get; set; } = "";
    public DateTimeOffset AddedAt { get; set; }
}

internal abstract class PracticeDbContext(DbContextOptions options) : ModuleDbContext(options)
{
    public const string SchemaName = "practice";

    public override string Schema => SchemaName;

    public DbSet<Patient> Patients => Set<Patient>();
    public DbSet<PatientIdentifier> Identifiers => Set<PatientIdentifier>();
    public DbSet<CareTeamMember> CareTeam => Set<CareTeamMember>();

    protected override void ConfigureModel(ModelBuilder modelBuilder)
    {
        var p = modelBuilder.Entity<Patient>();
        p.ToTable("Patients");
        p.Property(x => x.Mrn).HasMaxLength(32);
        p.HasIndex(x => x.Mrn).IsUnique();
        p.Property(x => x.GivenName).HasMaxLength(200);
        p.Property(x => x.FamilyName).HasMaxLength(200);
        p.Property(x => x.Sex).HasMaxLength(16);
        p.Property(x => x.Email).HasMaxLength(320);
        p.Property(x => x.Phone).HasMaxLength(32);
        p.Property(x => x.InsurancePayer).HasMaxLength(200);
        p.Property(x => x.InsuranceMemberId).HasMaxLength(64);
        p.HasMany(x => x.Identifiers).WithOne().HasForeignKey(x => x.PatientId);

        var i = modelBuilder.Entity<PatientIdentifier>();
        i.ToTable("PatientIdentifiers");
        i.Property(x => x.Value).HasMaxLength(400);
        i.HasIndex(x => x.Value).IsUnique();

        var c = modelBuilder.Entity<CareTeamMember>();
        c.ToTable("CareTeamMembers");
        c.HasKey(x => new { x.PatientId, x.StaffUserId });
        c.Property(x => x.Role).HasMaxLength(64);
        c.HasIndex(x => x.StaffUserId);
        c.HasOne<Patient>().WithMany().HasForeignKey(x => x.PatientId);
    }
}

internal sealed class PracticeSqliteDbContext(DbContextOptions<PracticeSqliteDbContext> o) : PracticeDbContext(o);
internal sealed class PracticePostgresDbContext(DbContextOptions<PracticePostgresDbContext> o) : PracticeDbContext(o);
internal sealed class PracticeSqlServerDbContext(DbContextOptions<PracticeSqlServerDbContext> o) : PracticeDbContext(o);

internal sealed class PracticeSqliteDesignFactory() : DesignTimeFactory<PracticeSqliteDbContext>(DatabaseProvider.Sqlite, PracticeDbContext.SchemaName);
internal sealed class PracticePostgresDesignFactory() : DesignTimeFactory<PracticePostgresDbContext>(DatabaseProvider.Postgres, PracticeDbContext.SchemaName);
internal sealed class PracticeSqlServerDesignFactory() : DesignTimeFactory<PracticeSqlServerDbContext>(DatabaseProvider.SqlServer, PracticeDbContext.SchemaName);
