using System.Text;
using FmPortal.Shared.Kernel.Security;
using FmPortal.Shared.Pipeline.Authorization;

namespace FmPortal.Tests.Unit.Pipeline;

/// <summary>docs/security.md shows the matrix the code enforces; this keeps the two the same.</summary>
public sealed class AccessMatrixDocumentTests
{
    private const string Start = "<!-- matrix:start -->";
    private const string End = "<!-- matrix:end -->";

    [Fact]
    public void The_documented_matrix_is_the_enforced_matrix()
    {
        var path = Path.Combine(TestData.RepoRoot, "docs", "security.md");
        var doc = File.ReadAllText(path).Replace("\r\n", "\n");
        var table = Render();
        var begin = doc.IndexOf(Start, StringComparison.Ordinal) + Start.Length;
        var finish = doc.IndexOf(End, StringComparison.Ordinal);
        if (Environment.GetEnvironmentVariable("FMPORTAL_WRITE_DOCS") == "1")
            File.WriteAllText(path, doc[..begin] + "\n" + table + doc[finish..]);

        Assert.Equal(table.Trim(), File.ReadAllText(path).Replace("\r\n", "\n")[begin..].Split(End)[0].Trim());
    }

    [Fact]
    public void Billing_reads_demographics_and_insurance_but_no_labs_or_notes()
    {
        var matrix = new DefaultAccessMatrix();
        Assert.True(matrix.Allows(Roles.Billing, DataDomain.Billing, DataAction.Read));
        Assert.True(matrix.Allows(Roles.Billing, DataDomain.Demographics, DataAction.Read));
        Assert.False(matrix.Allows(Roles.Billing, DataDomain.Labs, DataAction.Read));
        Assert.False(matrix.Allows(Roles.Billing, DataDomain.ClinicalNotes, DataAction.Read));
    }

    [Fact]
    public void Unknown_roles_and_actions_are_denied()
    {
        var matrix = new DefaultAccessMatrix();
        foreach (var domain in Enum.GetValues<DataDomain>())
        foreach (var action in Enum.GetValues<DataAction>())
            Assert.False(matrix.Allows("none", domain, action));
    }

    private static string Render()
    {
        var matrix = new DefaultAccessMatrix();
        var domains = Enum.GetValues<DataDomain>();
        var sb = new StringBuilder();
        sb.AppendLine("| role | " + string.Join(" | ", domains) + " |");
        sb.AppendLine("|---|" + string.Concat(domains.Select(_ => "---|")));
        foreach (var role in Roles.All)
        {
            var cells = domains.Select(d => string.Concat(Enum.GetValues<DataAction>()
                .Where(a => matrix.Allows(role, d, a)).Select(Letter)) + (matrix.AllowsRestricted(role, d) ? "+" : ""));
            sb.AppendLine($"| {role} | " + string.Join(" | ", cells.Select(c => c.Length == 0 ? "·" : c)) + " |");
        }
        return sb.ToString();
    }

    private static string Letter(DataAction action) => action switch
    {
        DataAction.Read => "R", DataAction.Write => "W", DataAction.Export => "X", DataAction.Release => "L",
        DataAction.Impersonate => "I", DataAction.Administer => "A", _ => "?",
    };
}
