using FmPortal.Shared.Persistence;

namespace FmPortal.Modules.Audit.Data;

internal sealed class AuditSqliteDesignFactory() : DesignTimeFactory<AuditSqliteDbContext>(DatabaseProvider.Sqlite, AuditDbContext.SchemaName);
internal sealed class AuditPostgresDesignFactory() : DesignTimeFactory<AuditPostgresDbContext>(DatabaseProvider.Postgres, AuditDbContext.SchemaName);
internal sealed class AuditSqlServerDesignFactory() : DesignTimeFactory<AuditSqlServerDbContext>(DatabaseProvider.SqlServer, AuditDbContext.SchemaName);
