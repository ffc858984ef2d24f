using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace ShopOnboard.Web.Features.Payments.Transfers;

/// <summary>Reads the providers' webhook bodies (field names as their documentation gives them).</summary>
internal static class WebhookPayloads
{
    /// <summary>
    /// SePay: <c>{"id":92704, "content":"…", "code":null, "transferType":"in", "transferAmount":2277000, …}</c>.
    /// <c>code</c> is the payment code SePay itself recognised in the content, when configured.
    /// </summary>
    public static IncomingTransfer? ReadSePay(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object || Id(root, "id") is not { } id || Amount(root, "transferAmount") is not { } amount)
        {
            return null;
        }

        var direction = Text(root, "transferType");
        var outgoing = string.Equals(direction, "out", StringComparison.OrdinalIgnoreCase);
        var text = string.Join(' ', new[] { Text(root, "code"), Text(root, "content") }.Where(t => !string.IsNullOrWhiteSpace(t)));
        return new IncomingTransfer(IncomingTransfer.SePay, id, outgoing ? -Math.Abs(amount) : amount, text);
    }

    /// <summary>
    /// Casso Webhook V2: <c>{"error":0,"data":{"id":…, "description":"…", "amount":599000, …}}</c>, one
    /// transaction per call (V1 sent an array). Money going out has a negative amount.
    /// </summary>
    public static IncomingTransfer? ReadCasso(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object
            || !root.TryGetProperty("data", out var data) || data.ValueKind != JsonValueKind.Object
            || Id(data, "id") is not { } id || Amount(data, "amount") is not { } amount)
        {
            return null;
        }

        return new IncomingTransfer(IncomingTransfer.Casso, id, amount, Text(data, "description"));
    }

    /// <summary>SePay's API-key scheme: <c>Authorization: Apikey &lt;key&gt;</c>, compared in constant time.</summary>
    public static bool HasSePayKey(string? authorization, string expectedKey)
    {
        const string scheme = "Apikey ";
        if (authorization is null || !authorization.StartsWith(scheme, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        // Hashing first makes the comparison constant-time even when the lengths differ.
        var given = SHA256.HashData(Encoding.UTF8.GetBytes(authorization[scheme.Length..].Trim()));
        var expected = SHA256.HashData(Encoding.UTF8.GetBytes(expectedKey));
        return CryptographicOperations.FixedTimeEquals(given, expected);
    }

    private static string? Text(JsonElement parent, string name) =>
        parent.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    /// <summary>Ids are numbers in the docs; a string is accepted too, as the key only has to be stable.</summary>
    private static string? Id(JsonElement parent, string name)
    {
        if (!parent.TryGetProperty(name, out var value))
        {
            return null;
        }

        var id = value.ValueKind switch
        {
            JsonValueKind.Number when value.TryGetInt64(out var number) => number.ToString(CultureInfo.InvariantCulture),
            JsonValueKind.String => value.GetString()?.Trim(),
            _ => null,
        };
        return id is { Length: > 0 and <= 100 } ? id : null;
    }

    private static long? Amount(JsonElement parent, string name)
    {
        if (!parent.TryGetProperty(name, out var value))
        {
            return null;
        }

        return value.ValueKind switch
        {
            JsonValueKind.Number when value.TryGetInt64(out var dong) => dong,
            // Whole đồng written as 599000.0 by some encoders.
            JsonValueKind.Number when value.TryGetDecimal(out var amount) && amount == decimal.Truncate(amount) && Math.Abs(amount) < long.MaxValue => (long)amount,
            JsonValueKind.String when long.TryParse(value.GetString(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var dong) => dong,
            _ => null,
        };
    }
}
