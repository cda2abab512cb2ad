using Consultation.TestSupport;

namespace Consultation.Api.Tests.Hosting;

/// <summary>The embedded default writes the demo keys once, to a file only the service's user can read.</summary>
public sealed class When_the_demo_is_seeded
{
    [Test]
    public void Should_write_the_keys_file_readable_by_its_owner_alone()
    {
        using var database = new SqliteDb();
        database.Create();
        var folder = Directory.CreateTempSubdirectory("consultation-demo-");
        try
        {
            var keys = Path.Combine(folder.FullName, "demo-keys.txt");
            using var factory = new ConsultationApiFactory(database, new Dictionary<string, string?> { ["Demo:Seed"] = "true", ["Demo:KeysFile"] = keys });

            factory.CreateClient().Dispose();

            if (!OperatingSystem.IsWindows())
            {
                Assert.That(File.GetUnixFileMode(keys), Is.EqualTo(UnixFileMode.UserRead | UnixFileMode.UserWrite));
            }
            Assert.That(File.ReadAllLines(keys), Has.Some.StartsWith("admin\t"));
            Assert.That(File.ReadAllBytes(keys)[0], Is.Not.EqualTo(0xEF), "no byte order mark before the first field");
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
