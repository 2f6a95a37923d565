using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.DataProtection;

namespace CollabBot.Host.KeyRing;

/// <summary>
/// Encrypts the Data Protection key ring at rest with the certificate in <c>DataProtection:CertificatePath</c>. Without
/// one the keys are stored in clear beside what they protect; that is refused outside Development when Slack OAuth
/// installs are on (their workspace tokens would be one database copy away), and a warning otherwise.
/// </summary>
internal static class KeyRingProtection
{
    public static IServiceCollection AddKeyRingProtection(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var settings = configuration.GetSection(KeyRingOptions.SectionName).Get<KeyRingOptions>() ?? new KeyRingOptions();
        if (string.IsNullOrWhiteSpace(settings.CertificatePath))
        {
            if (!environment.IsDevelopment() && SlackOAuthIsOn(configuration))
            {
                throw new InvalidOperationException(
                    "DataProtection:CertificatePath is required outside Development when Slack OAuth installs are on (Slack:ClientId): "
                    + "without it the keys that encrypt the stored workspace tokens sit unencrypted in the same database. See docs/operations.md, \"Key ring\".");
            }

            services.AddHostedService(sp => new KeyRingReport(environment, sp.GetRequiredService<ILogger<KeyRingReport>>()));
            return services;
        }

        var current = KeyRingCertificates.Load("DataProtection:CertificatePath", settings.CertificatePath, settings.CertificateKeyPath, settings.CertificatePassword);
        var readable = new List<X509Certificate2> { current };
        readable.AddRange(settings.PreviousCertificates.Where(p => !string.IsNullOrWhiteSpace(p.Path)).Select((p, i) =>
            KeyRingCertificates.Load($"DataProtection:PreviousCertificates:{i}:Path", p.Path!, p.KeyPath, p.Password)));
        services.AddDataProtection().ProtectKeysWithCertificate(current).UnprotectKeysWithAnyCertificate([.. readable]);
        return services;
    }

    private static bool SlackOAuthIsOn(IConfiguration configuration) =>
        !string.IsNullOrWhiteSpace(configuration["Slack:ClientId"]) || !string.IsNullOrWhiteSpace(configuration["SLACK_CLIENT_ID"]);
}
