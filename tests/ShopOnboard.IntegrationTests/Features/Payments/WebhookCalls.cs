using System.Globalization;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ShopOnboard.IntegrationTests.Features.Payments;

/// <summary>Webhook calls as SePay and Casso make them, built from their documentation, not from the app's code.</summary>
internal static class WebhookCalls
{
    private static long _nextTransactionId = Random.Shared.NextInt64(1_000_000, 1_000_000_000);

    public static long NewTransactionId() => Interlocked.Increment(ref _nextTransactionId);

    /// <summary>SePay's documented body (developer.sepay.vn quick start).</summary>
    public static string SePayBody(long id, long amount, string content, string transferType = "in") =>
        new JsonObject
        {
            ["id"] = id,
            ["gateway"] = "Vietcombank",
            ["transactionDate"] = "2026-11-24 14:02:37",
            ["accountNumber"] = "0123499999",
            ["code"] = null,
            ["content"] = content,
            ["transferType"] = transferType,
            ["transferAmount"] = amount,
            ["accumulated"] = 19077000,
            ["subAccount"] = null,
            ["referenceCode"] = "MBVCB.3278907687",
            ["description"] = "",
        }.ToJsonString();

    public static Task<HttpResponseMessage> SePayAsync(this HttpClient client, int paymentAccountId, string? apiKey, string body)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"/webhooks/sepay/{paymentAccountId}")
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };
        if (apiKey is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Apikey", apiKey);
        }

        return client.SendAsync(request);
    }

    /// <summary>Casso Webhook V2's body: one transaction under "data", keys in Casso's own (unsorted) order.</summary>
    public static string CassoBody(long id, long amount, string description) =>
        new JsonObject
        {
            ["error"] = 0,
            ["data"] = new JsonObject
            {
                ["id"] = id,
                ["reference"] = "FT24364030863634",
                ["description"] = description,
                ["amount"] = amount,
                ["runningBalance"] = 25000000,
                ["transactionDateTime"] = "2026-11-24 15:06:37",
                ["accountNumber"] = "88888888",
                ["bankName"] = "VPBank",
                ["bankAbbreviation"] = "VPB",
                ["virtualAccountNumber"] = "",
                ["virtualAccountName"] = "",
                ["counterAccountName"] = "NGUYEN VAN A",
                ["counterAccountNumber"] = "8888888888",
                ["counterAccountBankId"] = "970415",
                ["counterAccountBankName"] = "VietinBank",
            },
        }.ToJsonString();

    /// <summary>
    /// The reference's steps: sort the JSON's keys A→Z recursively, serialize compactly, sign
    /// <c>t + "." + json</c> with HMAC-SHA512 keyed by the checksum key, lower-case hex; header <c>t=…,v1=…</c>.
    /// </summary>
    public static string CassoSignature(long timestampMs, string body, string checksumKey)
    {
        var sorted = Sort(JsonNode.Parse(body))!.ToJsonString(new JsonSerializerOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        var message = timestampMs.ToString(CultureInfo.InvariantCulture) + "." + sorted;
        var signature = Convert.ToHexStringLower(HMACSHA512.HashData(Encoding.UTF8.GetBytes(checksumKey), Encoding.UTF8.GetBytes(message)));
        return $"t={timestampMs.ToString(CultureInfo.InvariantCulture)},v1={signature}";
    }

    public static Task<HttpResponseMessage> CassoAsync(this HttpClient client, int paymentAccountId, string? signature, string body)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"/webhooks/casso/{paymentAccountId}")
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };
        if (signature is not null)
        {
            request.Headers.Add("X-Casso-Signature", signature);
        }

        return client.SendAsync(request);
    }

    public static long NowMs() => DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();

    private static JsonNode? Sort(JsonNode? node) => node switch
    {
        JsonObject obj => new JsonObject(obj.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => KeyValuePair.Create(p.Key, Sort(p.Value)))),
        JsonArray array => new JsonArray(array.Select(Sort).ToArray()),
        _ => node?.DeepClone(),
    };
}
