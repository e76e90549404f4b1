using FmPortal.Shared.Persistence;
using Microsoft.EntityFrameworkCore;

namespace FmPortal.Modules.Audit.Data;

internal abstract class AuditDbContext(DbContextOptions options) : ModuleDbContext(options)
{
    public const string SchemaName = "audit";

    public override string Schema => SchemaName;

    public DbSet<AuditEvent> Events => Set<AuditEvent>();

    protected override void ConfigureModel(ModelBuilder modelBuilder)
    {
        var e = modelBuilder.Entity<AuditEvent>();
        e.ToTable("Events");
        e.HasKey(x => x.Id);
        e.Property(x => x.ActorId).HasMaxLength(64);
        e.Property(x => x.ActorName).HasMaxLength(256);
        e.Property(x => x.ActorRole).HasMaxLength(64);
        e.Property(x => x.OnBehalfOf).HasMaxLength(64);
        e.Property(x => x.RequestType).HasMaxLength(128);
        e.Property(x => x.Domain).HasMaxLength(32);
        e.Property(x => x.Action).HasMaxLength(32);
        e.Property(x => x.Purpose).HasMaxLength(16);
        e.Property(x => x.Outcome).HasConversion<string>().HasMaxLength(16);
        e.Property(x => x.Reason).HasMaxLength(256);
        e.Property(x => x.SessionId).HasMaxLength(128);
        e.Property(x => x.ClientAddress).HasMaxLength(64);
        e.HasIndex(x => x.OccurredAt);
        e.HasIndex(x => new { x.PatientId, x.OccurredAt });
        e.HasIndex(x => new { x.ActorId, x.OccurredAt });
        e.HasIndex(x => x.CorrelationId);
    }
}

// One subclass per provider so each keeps its own migrations (Data/Migrations/<Provider>).
internal sealed class AuditSqliteDbContext(DbContextOptions<AuditSqliteDbContext> o) : AuditDbContext(o);
internal sealed class AuditPostgresDbContext(DbContextOptions<AuditPostgresDbContext> o) : AuditDbContext(o);
internal sealed class AuditSqlServerDbContext(DbContextOptions<AuditSqlServerDbContext> o) : AuditDbContext(o);
