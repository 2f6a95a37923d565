#!/usr/bin/env -S dotnet run
// Builds the Teams app package (a zip of manifest.json, color.png and outline.png) with the real values
// substituted for the placeholders ${{MICROSOFT_APP_ID}} and ${{BOT_DOMAIN}}.
// Usage: dotnet run manifests/teams/build-package.cs -- <MicrosoftAppId> <bot host name> [output.zip]
//   e.g. dotnet run manifests/teams/build-package.cs -- 00000000-0000-0000-0000-000000000000 collabbot.example.org
using System.IO.Compression;
using System.Text.Json.Nodes;

if (args.Length < 2 || !Guid.TryParse(args[0], out var appId))
{
    Console.Error.WriteLine("usage: dotnet run build-package.cs -- <MicrosoftAppId (a GUID)> <bot host name, e.g. collabbot.example.org> [output.zip]");
    return 2;
}

var host = args[1].Trim();
if (Uri.CheckHostName(host) is not (UriHostNameType.Dns or UriHostNameType.IPv4) || host.Contains('/'))
{
    Console.Error.WriteLine($"'{host}' is not a host name (no scheme, no path).");
    return 2;
}

var directory = Path.GetDirectoryName(Path.GetFullPath(AppContext.GetData("EntryPointFilePath") as string ?? "manifests/teams/build-package.cs"))!;
var output = Path.GetFullPath(args.Length > 2 ? args[2] : Path.Combine(directory, "..", "..", ".artifacts", "collabbot-teams.zip"));
var template = File.ReadAllText(Path.Combine(directory, "manifest.json"));
var manifest = template
    .Replace("${{MICROSOFT_APP_ID}}", appId.ToString(), StringComparison.Ordinal)
    .Replace("${{BOT_DOMAIN}}", host, StringComparison.Ordinal);

// Fail on any placeholder left behind, and on anything that is no longer JSON.
if (manifest.Contains("${{", StringComparison.Ordinal))
{
    Console.Error.WriteLine("manifest.json still has an unknown placeholder.");
    return 1;
}

_ = JsonNode.Parse(manifest);
Directory.CreateDirectory(Path.GetDirectoryName(output)!);
File.Delete(output);
using (var zip = ZipFile.Open(output, ZipArchiveMode.Create))
{
    using (var writer = new StreamWriter(zip.CreateEntry("manifest.json").Open()))
    {
        writer.Write(manifest);
    }

    zip.CreateEntryFromFile(Path.Combine(directory, "color.png"), "color.png");
    zip.CreateEntryFromFile(Path.Combine(directory, "outline.png"), "outline.png");
}

Console.WriteLine($"Teams app package: {output}");
return 0;
