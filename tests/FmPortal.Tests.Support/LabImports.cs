using FmPortal.Modules.Labs.Contracts;

namespace FmPortal.Tests.Support;

public static class LabImports
{
    public static ImportLabBundleCommand FromFile(string path, Guid? patientId = null)
    {
        var bytes = File.ReadAllBytes(path);
        return FromBytes(Path.GetFileName(path), bytes, patientId);
    }

    public static ImportLabBundleCommand FromBytes(string name, byte[] bytes, Guid? patientId = null) => new()
    {
        FileName = name, SizeBytes = bytes.LongLength, Content = bytes, PatientId = patientId,
    };

    public static ImportLabBundleCommand FromText(string name, string json, Guid? patientId = null) =>
        FromBytes(name, System.Text.Encoding.UTF8.GetBytes(json), patientId);
}
