namespace CollabBot.Host.KeyRing;

/// <summary>
/// The certificate that encrypts the Data Protection key ring where it is stored (the database), so that a copy of
/// the database alone opens no stored Slack token and forges no signed link. Every host gets the same certificate.
/// </summary>
public sealed class KeyRingOptions
{
    public const string SectionName = "DataProtection";

    /// <summary>A PKCS#12 file (.pfx/.p12) with the private key, or a PEM certificate (then <see cref="CertificateKeyPath"/>).</summary>
    public string? CertificatePath { get; set; }

    /// <summary>The PEM private key file, when <see cref="CertificatePath"/> is a PEM certificate.</summary>
    public string? CertificateKeyPath { get; set; }

    /// <summary>The PKCS#12 file's password, or the encrypted PEM key's.</summary>
    public string? CertificatePassword { get; set; }

    /// <summary>Certificates used before: keys they encrypted are still read; new keys use <see cref="CertificatePath"/>.</summary>
    public List<KeyRingCertificateFile> PreviousCertificates { get; set; } = [];
}

/// <summary>One earlier certificate, named like the current one.</summary>
public sealed class KeyRingCertificateFile
{
    public string? Path { get; set; }

    public string? KeyPath { get; set; }

    public string? Password { get; set; }
}
