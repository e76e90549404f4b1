namespace FmPortal.Modules.Audit.Data;

/// <summary>
/// Triggers that make the database itself refuse UPDATE and DELETE on audit rows, whatever the caller.
/// Applied by each provider's migration.
/// </summary>
internal static class AppendOnlyGuards
{
    public const string Message = "audit events are append-only";

    public static readonly string Sqlite = $"""
        CREATE TRIGGER audit_events_no_update BEFORE UPDATE ON audit_Events
        BEGIN SELECT RAISE(ABORT, '{Message}'); END;
        CREATE TRIGGER audit_events_no_delete BEFORE DELETE ON audit_Events
        BEGIN SELECT RAISE(ABORT, '{Message}'); END;
        """;

    public static readonly string Postgres = $"""
        CREATE FUNCTION audit.refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN RAISE EXCEPTION '{Message}' USING ERRCODE = 'insufficient_privilege'; END $$;
        CREATE TRIGGER events_no_update_delete BEFORE UPDATE OR DELETE ON audit."Events"
            FOR EACH ROW EXECUTE FUNCTION audit.refuse_change();
        CREATE TRIGGER events_no_truncate BEFORE TRUNCATE ON audit."Events"
            FOR EACH STATEMENT EXECUTE FUNCTION audit.refuse_change();
        """;

    public static readonly string SqlServer = $"""
        CREATE TRIGGER [audit].[Events_AppendOnly] ON [audit].[Events] INSTEAD OF UPDATE, DELETE AS
        BEGIN THROW 51000, '{Message}', 1; END;
        """;
}
