using FmPortal.Shared.Persistence;
using Microsoft.EntityFrameworkCore;

namespace FmPortal.Modules.Labs.Data;

internal sealed class LabReport
{
    public Guid Id { get; set; }
    public Guid PatientId { get; set; }
    /// <summary>Identity of the source resource, unique per patient: what makes a re-import create nothing.</summary>
    public string SourceKey { get; set; } = "";
    public string? Code { get; set; }
    public string? Display { get; set; }
    public string? Status { get; set; }
    public DateTimeOffset? EffectiveAt { get; set; }
    public DateTimeOffset? IssuedAt { get; set; }
    public DateTimeOffset ImportedAt { get; set; }
}

internal sealed class LabResult
{
    public Guid Id { get; set; }
    public Guid PatientId { get; set; }
    public Guid? ReportId { get; set; }
    public string SourceKey { get; set; } = "";
    public string CodeSystem { get; set; } = "";
    public string Code { get; set; } = "";
    public string? Display { get; set; }
    public decimal? ValueQuantity { get; set; }
    public string? Unit { get; set; }
    public string? ValueText { get; set; }
    public decimal? ReferenceLow { get; set; }
    public decimal? ReferenceHigh { get; set; }
    public string? ReferenceText { get; set; }
    public string? Interpretation { get; set; }
    public bool IsAbnormal { get; set; }
    public string? Status { get; set; }
    public DateTimeOffset? EffectiveAt { get; set; }
    public DateTimeOffset ImportedAt { get; set; }
    public DateTimeOffset? ReleasedAt { get; set; }
    public Guid? ReleasedBy { get; set; }
}

internal abstract class LabsDbContext(DbContextOptions options) : ModuleDbContext(options)
{
    public const string SchemaName = "labs";

    public override string Schema => SchemaName;

    public DbSet<LabReport> Reports => Set<LabReport>();
    public DbSet<LabResult> Results => Set<LabResult>();

    protected override void ConfigureModel(ModelBuilder modelBuilder)
    {
        var r = modelBuilder.Entity<LabReport>();
        r.ToTable("Reports");
        r.Property(x => x.SourceKey).HasMaxLength(400);
        r.Property(x => x.Code).HasMaxLength(64);
        r.Property(x => x.Display).HasMaxLength(400);
        r.Property(x => x.Status).HasMaxLength(32);
        r.HasIndex(x => new { x.PatientId, x.SourceKey }).IsUnique();

        var o = modelBuilder.Entity<LabResult>();
        o.ToTable("Results");
        o.Property(x => x.SourceKey).HasMaxLength(400);
        o.Property(x => x.CodeSystem).HasMaxLength(200);
        o.Property(x => x.Code).HasMaxLength(64);
        o.Property(x => x.Display).HasMaxLength(400);
        o.Property(x => x.ValueQuantity).HasPrecision(18, 6);
        o.Property(x => x.Unit).HasMaxLength(64);
        o.Property(x => x.ValueText).HasMaxLength(4000);
        o.Property(x => x.ReferenceLow).HasPrecision(18, 6);
        o.Property(x => x.ReferenceHigh).HasPrecision(18, 6);
        o.Property(x => x.ReferenceText).HasMaxLength(400);
        o.Property(x => x.Interpretation).HasMaxLength(64);
        o.Property(x => x.Status).HasMaxLength(32);
        o.HasIndex(x => new { x.PatientId, x.SourceKey }).IsUnique();
        o.HasIndex(x => new { x.PatientId, x.EffectiveAt });
        o.HasIndex(x => new { x.PatientId, x.Code, x.EffectiveAt });
        o.HasOne<LabReport>().WithMany().HasForeignKey(x => x.ReportId);
    }
}

internal sealed class LabsSqliteDbContext(DbContextOptions<LabsSqliteDbContext> o) : LabsDbContext(o);
internal sealed class LabsPostgresDbContext(DbContextOptions<LabsPostgresDbContext> o) : LabsDbContext(o);
internal sealed class LabsSqlServerDbContext(DbContextOptions<LabsSqlServerDbContext> o) : LabsDbContext(o);

internal sealed class LabsSqliteDesignFactory() : DesignTimeFactory<LabsSqliteDbContext>(DatabaseProvider.Sqlite, LabsDbContext.SchemaName);
internal sealed class LabsPostgresDesignFactory() : DesignTimeFactory<LabsPostgresDbContext>(DatabaseProvider.Postgres, LabsDbContext.SchemaName);
internal sealed class LabsSqlServerDesignFactory() : DesignTimeFactory<LabsSqlServerDbContext>(DatabaseProvider.SqlServer, LabsDbContext.SchemaName);
