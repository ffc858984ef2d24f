using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace ShopOnboard.Web.Features.Payments.Transfers;

public enum SignatureCheck
{
    Valid,

    /// <summary>No header, or not "t=…,v1=…".</summary>
    Malformed,

    /// <summary>The signed timestamp is too far from now: a replayed or delayed call.</summary>
    Stale,

    Mismatch,
}

/// <summary>
/// Casso Webhook V2's <c>X-Casso-Signature: t=&lt;ms&gt;,v1=&lt;hex&gt;</c>: HMAC-SHA512, keyed with the
/// integration's checksum key (UTF-8), over <c>t + "." + compact JSON with keys sorted A→Z recursively</c>,
/// as lower-case hex (CassoHQ/casso-webhook-v2-verify-signature).
/// </summary>
public static class CassoSignature
{
    public const string Header = "X-Casso-Signature";

    public static SignatureCheck Verify(string? header, string body, string checksumKey, DateTimeOffset now, TimeSpan tolerance)
    {
        if (!TryParseHeader(header, out var timestamp, out var signature))
        {
            return SignatureCheck.Malformed;
        }

        var signedAt = DateTimeOffset.FromUnixTimeMilliseconds(timestamp);
        if ((now - signedAt).Duration() > tolerance)
        {
            return SignatureCheck.Stale;
        }

        JsonElement root;
        try
        {
            using var document = JsonDocument.Parse(body);
            root = document.RootElement.Clone();
        }
        catch (JsonException)
        {
            return SignatureCheck.Malformed;
        }

        var received = Encoding.ASCII.GetBytes(signature);
        // Casso's samples serialize with each language's default encoder, which differ only for non-ASCII
        // text and "/": any of them signed by the key proves the same thing.
        var valid = Enum.GetValues<JsonEscaping>()
            .Select(escaping => CanonicalJson.Write(root, escaping))
            .Distinct(StringComparer.Ordinal)
            .Any(json => CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Sign(timestamp, json, checksumKey)), received));
        return valid ? SignatureCheck.Valid : SignatureCheck.Mismatch;
    }

    /// <summary>The header value Casso would send for <paramref name="body"/> (used by tests and the sandbox).</summary>
    public static string HeaderFor(long timestampMs, string body, string checksumKey)
    {
        using var document = JsonDocument.Parse(body);
        var json = CanonicalJson.Write(document.RootElement, JsonEscaping.Minimal);
        return string.Create(CultureInfo.InvariantCulture, $"t={timestampMs},v1={Sign(timestampMs, json, checksumKey)}");
    }

    internal static string Sign(long timestampMs, string canonicalJson, string checksumKey)
    {
        var message = string.Create(CultureInfo.InvariantCulture, $"{timestampMs}.{canonicalJson}");
        var mac = HMACSHA512.HashData(Encoding.UTF8.GetBytes(checksumKey), Encoding.UTF8.GetBytes(message));
        return Convert.ToHexStringLower(mac);
    }

    private static bool TryParseHeader(string? header, out long timestamp, out string signature)
    {
        timestamp = 0;
        signature = "";
        string? t = null;
        foreach (var part in (header ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = part.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0)
            {
                continue;
            }

            var (name, value) = (part[..equals], part[(equals + 1)..]);
            if (name == "t")
            {
                t = value;
            }
            else if (name == "v1")
            {
                signature = value.ToLowerInvariant();
            }
        }

        return t is { Length: > 0 and <= 13 } && t.All(char.IsAsciiDigit)
            && long.TryParse(t, NumberStyles.None, CultureInfo.InvariantCulture, out timestamp)
            && signature.Length == 128 && signature.All(char.IsAsciiHexDigit);
    }
}
