using Consultation.Core.Escalations;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Consultation.Core.Tests.Data;

/// <summary>A batch's ids travel as parameters of one statement, so its size is bounded by what the database accepts.</summary>
public sealed class When_configuring_the_batch_size
{
    [TestCase("SqlServer", "1990", true)]
    [TestCase("SqlServer", "5000", false)]
    [TestCase("PostgreSql", "5000", true)]
    [TestCase("Sqlite", "10000", true)]
    public void Should_refuse_at_start_up_a_size_the_database_cannot_carry(string provider, string batchSize, bool accepted)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = provider,
            ["ConnectionStrings:Consultation"] = "Server=unused",
            ["Escalation:BatchSize"] = batchSize,
        }).Build();
        using var services = new ServiceCollection().AddSingleton<IConfiguration>(configuration)
            .AddConsultationCore(configuration, "unused.db").BuildServiceProvider();

        Action read = () => _ = services.GetRequiredService<IOptions<EscalationOptions>>().Value;

        if (accepted)
        {
            Assert.That(read, Throws.Nothing);
        }
        else
        {
            Assert.That(read, Throws.TypeOf<OptionsValidationException>().With.Message.Contains("1990"));
        }
    }
}
