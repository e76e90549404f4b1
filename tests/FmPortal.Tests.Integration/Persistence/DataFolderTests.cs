using FmPortal.Host.Composition;

namespace FmPortal.Tests.Integration.Persistence;

[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class DataFolderTests
{
    [Fact]
    public void A_data_folder_the_portal_creates_is_readable_by_its_owner_only()
    {
        var folder = Path.Combine(Path.GetTempPath(), "fmportal-data-" + Guid.NewGuid().ToString("N"));

        OwnerOnlyFolder.Create(folder);

        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(folder));
        Directory.Delete(folder);
    }

    [Fact]
    public void An_existing_shared_folder_keeps_its_permissions()
    {
        var shared = Directory.CreateTempSubdirectory("fmportal-shared-").FullName;
        File.SetUnixFileMode(shared, (UnixFileMode)0b111_101_101);

        OwnerOnlyFolder.Create(shared);

        Assert.Equal((UnixFileMode)0b111_101_101, File.GetUnixFileMode(shared));
        Directory.Delete(shared);
    }
}
