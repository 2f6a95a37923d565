using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace CollabBot.Host.KeyRing;

/// <summary>Reads the key ring certificates from files, with a start-up error that names the setting (never the password).</summary>
internal static class KeyRingCertificates
{
    public static X509Certificate2 Load(string setting, string path, string? keyPath, string? password)
    {
        X509Certificate2 certificate;
        try
        {
            certificate = keyPath is { Length: > 0 }
                ? string.IsNullOrEmpty(password) ? X509Certificate2.CreateFromPemFile(path, keyPath) : X509Certificate2.CreateFromEncryptedPemFile(path, password, keyPath)
                : X509CertificateLoader.LoadPkcs12FromFile(path, password, X509KeyStorageFlags.DefaultKeySet);
        }
        catch (Exception ex) when (ex is CryptographicException or IOException or UnauthorizedAccessException or ArgumentException)
        {
            throw new InvalidOperationException(
                $"{setting}: the certificate at {path} could not be read ({ex.GetType().Name}: {ex.Message}). "
                + "Check the path, the file's permissions and the password setting beside it.", ex);
        }

        using var rsa = certificate.GetRSAPrivateKey();
        if (rsa is null)
        {
            certificate.Dispose();
            throw new InvalidOperationException(
                $"{setting}: the certificate at {path} has no RSA private key; the key ring needs one to encrypt and read its keys.");
        }

        return certificate;
    }
}
