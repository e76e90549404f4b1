namespace FmPortal.Host.Seeding;

public sealed class DemoOptions
{
    public const string Section = "Demo";

    /// <summary>Seed the synthetic demo practice on first start (development and tests only).</summary>
    public bool Seed { get; set; }

    /// <summary>One password for every demo account (tests). Empty: a random one per account, written to <see cref="CredentialsFile"/>.</summary>
    public string? Password { get; set; }

    public string CredentialsFile { get; set; } = "data/demo-accounts.txt";
}
