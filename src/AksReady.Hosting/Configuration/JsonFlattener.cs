using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Configuration;

namespace AksReady.Hosting.Configuration;

/// <summary>Flattens a JSON document into configuration keys the way the JSON configuration provider does.</summary>
internal static class JsonFlattener
{
    public static void Flatten(string json, string prefix, IDictionary<string, string?> data, string source)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (JsonException ex)
        {
            // An IOException makes the provider keep the previous values and retry: a config map update may be half written.
            throw new InvalidDataException($"'{source}' is not valid JSON: {ex.Message}", ex);
        }

        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                throw new InvalidDataException($"'{source}' must contain a JSON object.");
            }

            Visit(document.RootElement, prefix.EndsWith(ConfigurationPath.KeyDelimiter, StringComparison.Ordinal) ? prefix[..^1] : prefix, data);
        }
    }

    private static void Visit(JsonElement element, string path, IDictionary<string, string?> data)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    Visit(property.Value, Combine(path, property.Name), data);
                }

                break;
            case JsonValueKind.Array:
                var index = 0;
                foreach (var item in element.EnumerateArray())
                {
                    Visit(item, Combine(path, index.ToString(CultureInfo.InvariantCulture)), data);
                    index++;
                }

                break;
            case JsonValueKind.Null:
                data[path] = null;
                break;
            case JsonValueKind.String:
                data[path] = element.GetString();
                break;
            default:
                data[path] = element.GetRawText();
                break;
        }
    }

    private static string Combine(string path, string key) => path.Length == 0 ? key : path + ConfigurationPath.KeyDelimiter + key;
}
