using System.Xml.Linq;
using Consultation.Core.Data;
using Dapper;
using Microsoft.AspNetCore.DataProtection.Repositories;

namespace Consultation.Hosting;

/// <summary>
/// ASP.NET Core's data-protection keys (which sign the ops session cookie and the antiforgery tokens) kept
/// in the service's database, so every API instance and worker reads the same key ring: a session opened on
/// one instance is valid on another and after a restart. Keys are only ever added under new names, so two
/// processes creating one at once both succeed; the data-protection system then uses the newest.
/// </summary>
public sealed class DatabaseKeyRing(Db db) : IXmlRepository
{
    public IReadOnlyCollection<XElement> GetAllElements()
    {
        using var connection = db.Dialect.CreateConnection(db.ConnectionString);
        connection.Open();
        return connection.Query<string>("SELECT xml FROM data_protection_keys ORDER BY name")
            .Select(xml => XElement.Parse(xml))
            .ToList();
    }

    public void StoreElement(XElement element, string friendlyName)
    {
        using var connection = db.Dialect.CreateConnection(db.ConnectionString);
        connection.Open();
        connection.Execute("INSERT INTO data_protection_keys (name, xml) VALUES (@friendlyName, @xml)",
            new { friendlyName, xml = element.ToString(SaveOptions.DisableFormatting) });
    }
}
