using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace CollabBot.Testing.Fakes;

/// <summary>What each Web API method answers when the call gets through: Slack's answers and Slack's errors.</summary>
public sealed partial class FakeSlackApi
{
    private (string? Error, JsonObject Answer) Answer(string method, JsonObject arguments)
    {
        var ts = $"{Interlocked.Increment(ref _ts) / 1_000_000}.{Interlocked.Read(ref _ts) % 1_000_000:D6}";
        return method switch
        {
            "chat.postMessage" when arguments["text"] is null && arguments["blocks"] is null => ("no_text", new JsonObject()),
            "chat.postMessage" when arguments["blocks"] is JsonArray { Count: > 50 } => ("invalid_blocks", new JsonObject()),
            "chat.postMessage" => Posted(arguments, ts),
            "chat.update" when arguments["ts"]?.GetValue<string>() is { } original && _posted.TryGetValue(original, out var where) && where == arguments["channel"]?.GetValue<string>() =>
                (null, new JsonObject { ["ok"] = true, ["channel"] = where, ["ts"] = original, ["text"] = arguments["text"]?.DeepClone() }),
            "chat.update" => ("message_not_found", new JsonObject()),
            "chat.postEphemeral" when arguments["user"] is null => ("user_not_in_channel", new JsonObject()),
            "chat.postEphemeral" => (null, new JsonObject { ["ok"] = true, ["message_ts"] = ts }),
            "conversations.open" => (null, new JsonObject { ["ok"] = true, ["channel"] = new JsonObject { ["id"] = $"D{arguments["users"]}" } }),
            "views.publish" when arguments["view"] is JsonObject { } view && view["blocks"] is JsonArray { Count: <= 100 } =>
                (null, new JsonObject { ["ok"] = true, ["view"] = new JsonObject { ["id"] = "V00HOME" } }),
            "views.publish" => ("invalid_arguments", new JsonObject()),
            "views.open" when arguments["trigger_id"] is null => ("invalid_trigger_id", new JsonObject()),
            "views.open" when arguments["view"] is JsonObject { } modal && modal["title"]?["text"]?.GetValue<string>().Length <= 24
                && modal["private_metadata"]?.GetValue<string>().Length <= 3000 && modal["blocks"] is JsonArray { Count: <= 100 } =>
                (null, new JsonObject { ["ok"] = true, ["view"] = new JsonObject { ["id"] = "V00MODAL" } }),
            "views.open" => ("invalid_arguments", new JsonObject()),
            "views.update" when arguments["view_id"]?.GetValue<string>() != "V00MODAL" => ("not_found", new JsonObject()),
            "views.update" when arguments["view"] is JsonObject { } updated && updated["title"]?["text"]?.GetValue<string>().Length <= 24
                && updated["blocks"] is JsonArray { Count: <= 100 } =>
                (null, new JsonObject { ["ok"] = true, ["view"] = new JsonObject { ["id"] = "V00MODAL" } }),
            "views.update" => ("invalid_arguments", new JsonObject()),
            "files.getUploadURLExternal" => Reserve(arguments),
            "files.completeUploadExternal" => Complete(arguments),
            "oauth.v2.access" when arguments["code"]?.GetValue<string>() == OAuthCode && arguments["client_secret"] is not null => (null, OAuthAnswer),
            "oauth.v2.access" => ("invalid_code", new JsonObject()),
            _ => ("unknown_method", new JsonObject()),
        };
    }

    private (string? Error, JsonObject Answer) Reserve(JsonObject arguments)
    {
        var name = arguments["filename"]?.GetValue<string>();
        if (string.IsNullOrEmpty(name) || !long.TryParse(arguments["length"]?.GetValue<string>(), out var length) || length <= 0)
        {
            return ("missing_argument", new JsonObject());
        }

        var id = $"F{Interlocked.Increment(ref _ts) % 100_000_000:D8}";
        _files[id] = new FakeSlackFile(id, name, length);
        return (null, new JsonObject { ["ok"] = true, ["upload_url"] = new Uri(BaseUrl, $"../upload/{id}").ToString(), ["file_id"] = id });
    }

    /// <summary>Shares uploaded files; like Slack, a file whose bytes never arrived (or were the wrong length) is refused.</summary>
    private (string? Error, JsonObject Answer) Complete(JsonObject arguments)
    {
        var files = arguments["files"] switch
        {
            JsonArray array => array,
            JsonValue text when text.TryGetValue<string>(out var json) => JsonNode.Parse(json) as JsonArray,
            _ => null,
        };
        if (files is null || files.Count == 0)
        {
            return ("invalid_arguments", new JsonObject());
        }

        var shared = new JsonArray();
        foreach (var entry in files)
        {
            var id = entry?["id"]?.GetValue<string>();
            if (id is null || !_files.TryGetValue(id, out var file) || file.Bytes is null || file.Bytes.Length != file.Length)
            {
                return ("file_not_found", new JsonObject());
            }

            file.Shared(arguments["channel_id"]?.GetValue<string>(), arguments["initial_comment"]?.GetValue<string>(), entry!["title"]?.GetValue<string>());
            shared.Add(new JsonObject { ["id"] = id, ["name"] = file.Name, ["title"] = file.Title });
        }

        return (null, new JsonObject { ["ok"] = true, ["files"] = shared });
    }

    private async Task<IResult> ReceiveUploadAsync(string fileId, HttpContext http)
    {
        using var buffer = new MemoryStream();
        await http.Request.Body.CopyToAsync(buffer);
        if (!_files.TryGetValue(fileId, out var file))
        {
            return Record("file upload", null, [], 404, "file_not_found", Results.NotFound());
        }

        file.Uploaded(buffer.ToArray(), http.Request.ContentType, http.Request.Headers.Authorization.ToString());
        return Record("file upload", null, new JsonObject { ["file_id"] = fileId }, 200, null, Results.Text($"OK - {buffer.Length}"));
    }

    private (string? Error, JsonObject Answer) Posted(JsonObject arguments, string ts)
    {
        _posted[ts] = arguments["channel"]!.GetValue<string>();
        return (null, new JsonObject { ["ok"] = true, ["channel"] = arguments["channel"]?.DeepClone(), ["ts"] = ts });
    }
}
