using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace ShopOnboard.IntegrationTests.Features.Payments.Stripe;

/// <summary>Refunds, and what every simulated endpoint shares: the API key check, idempotency, Stripe's error shape.</summary>
public sealed partial class StripeSimulator
{
    private async Task<IResult> CreateRefundAsync(HttpRequest request)
    {
        if (Authenticate(request) is { } denied)
        {
            return denied;
        }

        var form = request.HasFormContentType ? await request.ReadFormAsync() : null;
        var paymentIntent = form?["payment_intent"].ToString();
        if (string.IsNullOrEmpty(paymentIntent))
        {
            return Missing("payment_intent");
        }

        if (Idempotent(request, "refunds") is { } replay)
        {
            return Results.Json(replay);
        }

        if (!_paymentIntents.TryGetValue(paymentIntent, out var amount))
        {
            return Error(400, $"No such payment_intent: '{paymentIntent}'", "payment_intent", "resource_missing");
        }

        lock (_gate)
        {
            if (!_refunded.Add(paymentIntent))
            {
                return Error(400, $"Charge for {paymentIntent} has already been refunded.", null, "charge_already_refunded");
            }
        }

        var refund = new JsonObject
        {
            ["id"] = "re_" + NewId(),
            ["object"] = "refund",
            ["amount"] = amount,
            ["currency"] = "vnd",
            ["payment_intent"] = paymentIntent,
            ["reason"] = form!["reason"].ToString() is { Length: > 0 } reason ? reason : null,
            ["status"] = "succeeded",
            ["created"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds(),
        };
        Refunds.Enqueue(refund);
        Remember(request, "refunds", refund);
        return Results.Json(refund);
    }

    private static IResult? Authenticate(HttpRequest request)
    {
        var header = request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.Ordinal))
        {
            return Error(401, "You did not provide an API key. Provide it in the Authorization header with Bearer auth.", null);
        }

        var key = header["Bearer ".Length..];
        return key.StartsWith("sk_", StringComparison.Ordinal) && key == SecretKey
            ? null
            : Error(401, $"Invalid API Key provided: {key[..Math.Min(8, key.Length)]}***", null);
    }

    private JsonObject? Idempotent(HttpRequest request, string kind) =>
        request.Headers.TryGetValue("Idempotency-Key", out var key) && _byIdempotencyKey.TryGetValue($"{kind}:{key}", out var earlier)
            ? (JsonObject)earlier.DeepClone()
            : null;

    private void Remember(HttpRequest request, string kind, JsonObject response)
    {
        if (request.Headers.TryGetValue("Idempotency-Key", out var key))
        {
            _byIdempotencyKey[$"{kind}:{key}"] = (JsonObject)response.DeepClone();
        }
    }

    private static IResult Missing(string param) => Error(400, $"Missing required param: {param}.", param);

    private static IResult Error(int status, string message, string? param, string? code = null) => Results.Json(
        new JsonObject
        {
            ["error"] = new JsonObject { ["type"] = "invalid_request_error", ["message"] = message, ["param"] = param, ["code"] = code },
        },
        statusCode: status);

    private static string NewId() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(12));
}
