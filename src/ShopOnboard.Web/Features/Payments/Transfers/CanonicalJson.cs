using System.Globalization;
using System.Text;
using System.Text.Json;

namespace ShopOnboard.Web.Features.Payments.Transfers;

/// <summary>How a JSON encoder writes strings; Casso's samples use each language's default encoder.</summary>
internal enum JsonEscaping
{
    /// <summary>JavaScript's JSON.stringify and Newtonsoft: only quotes, backslashes and control characters.</summary>
    Minimal,

    /// <summary>Python's json.dumps: also every non-ASCII character as \uXXXX.</summary>
    Ascii,

    /// <summary>PHP's json_encode: like Python, and "/" as "\/".</summary>
    Php,
}

/// <summary>
/// Casso Webhook V2 signs the webhook JSON re-serialized compactly with object keys sorted A→Z at every
/// level, not the raw body. Numbers, true, false and null are copied as they arrived.
/// </summary>
internal static class CanonicalJson
{
    public static string Write(JsonElement element, JsonEscaping escaping)
    {
        var text = new StringBuilder();
        Write(text, element, escaping);
        return text.ToString();
    }

    private static void Write(StringBuilder text, JsonElement element, JsonEscaping escaping)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                text.Append('{');
                var first = true;
                foreach (var property in element.EnumerateObject().OrderBy(p => p.Name, StringComparer.Ordinal))
                {
                    if (!first)
                    {
                        text.Append(',');
                    }

                    first = false;
                    WriteString(text, property.Name, escaping);
                    text.Append(':');
                    Write(text, property.Value, escaping);
                }

                text.Append('}');
                break;
            case JsonValueKind.Array:
                text.Append('[');
                var index = 0;
                foreach (var item in element.EnumerateArray())
                {
                    if (index++ > 0)
                    {
                        text.Append(',');
                    }

                    Write(text, item, escaping);
                }

                text.Append(']');
                break;
            case JsonValueKind.String:
                WriteString(text, element.GetString()!, escaping);
                break;
            default:
                text.Append(element.GetRawText());
                break;
        }
    }

    private static void WriteString(StringBuilder text, string value, JsonEscaping escaping)
    {
        text.Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"':
                    text.Append("\\\"");
                    break;
                case '\\':
                    text.Append("\\\\");
                    break;
                case '\b':
                    text.Append("\\b");
                    break;
                case '\f':
                    text.Append("\\f");
                    break;
                case '\n':
                    text.Append("\\n");
                    break;
                case '\r':
                    text.Append("\\r");
                    break;
                case '\t':
                    text.Append("\\t");
                    break;
                case '/' when escaping == JsonEscaping.Php:
                    text.Append("\\/");
                    break;
                case < ' ':
                case > '\u007f' when escaping != JsonEscaping.Minimal:
                    text.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    break;
                default:
                    text.Append(c);
                    break;
            }
        }

        text.Append('"');
    }
}
