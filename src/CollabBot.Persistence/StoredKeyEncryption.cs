using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CollabBot.Persistence;

/// <summary>
/// Encrypts the Data Protection keys that were stored in clear before a key ring certificate was configured. Data
/// Protection encrypts only the keys it creates from then on; the older ones (which protect the tokens already stored)
/// would stay readable from a copy of the database. Each key's secret element (marked <c>requiresEncryption</c>) is
/// replaced by the configured encryptor's output in the same form Data Protection writes itself, so it reads them as
/// its own. Idempotent, so several hosts may do it at once.
/// </summary>
public static class StoredKeyEncryption
{
    private static readonly XNamespace DataProtection = "http://schemas.asp.net/2015/03/dataProtection";
    private static readonly XName RequiresEncryption = DataProtection + "requiresEncryption";
    private static readonly XName EncryptedSecret = DataProtection + "encryptedSecret";

    /// <summary>Returns how many stored keys were encrypted now (0 when no key ring encryptor is configured).</summary>
    public static async Task<int> EncryptStoredKeysAsync(this IServiceProvider services, CancellationToken cancellationToken = default)
    {
        if (services.GetRequiredService<IOptions<KeyManagementOptions>>().Value.XmlEncryptor is not { } encryptor)
        {
            return 0;
        }

        await using var db = services.GetRequiredService<CollabDbContextFactory>().Create();
        var encrypted = 0;
        foreach (var key in await db.DataProtectionKeys.ToListAsync(cancellationToken))
        {
            var xml = key.Xml is { Length: > 0 } text ? XElement.Parse(text) : null;
            var plain = xml?.Descendants().Where(e => (bool?)e.Attribute(RequiresEncryption) == true && !e.Ancestors(EncryptedSecret).Any()).ToList() ?? [];
            foreach (var secret in plain)
            {
                var info = encryptor.Encrypt(new XElement(secret));
                secret.ReplaceWith(new XElement(EncryptedSecret, new XAttribute("decryptorType", info.DecryptorType.AssemblyQualifiedName!), info.EncryptedElement));
            }

            if (plain.Count > 0)
            {
                key.Xml = xml!.ToString(SaveOptions.DisableFormatting);
                encrypted++;
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        if (encrypted > 0)
        {
            services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(StoredKeyEncryption))
                .LogInformation("Encrypted {Count} Data Protection key(s) that were stored unencrypted", encrypted);
        }

        return encrypted;
    }
}
