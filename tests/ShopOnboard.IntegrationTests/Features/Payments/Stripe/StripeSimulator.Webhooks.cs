using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;

namespace ShopOnboard.IntegrationTests.Features.Payments.Stripe;

/// <summary>The simulator playing the buyer and Stripe's webhook sender.</summary>
public sealed partial class StripeSimulator
{
    /// <summary>The buyer pays: the session completes and gets a payment intent, as Stripe's does.</summary>
    public JsonObject CompleteSession(string sessionId)
    {
        lock (_gate)
        {
            var session = _sessions[sessionId];
            if (session["payment_intent"] is null)
            {
                var paymentIntent = "pi_" + NewId();
                session["payment_intent"] = paymentIntent;
                _paymentIntents[paymentIntent] = session["amount_total"]!.GetValue<long>();
            }

            session["status"] = "complete";
            session["payment_status"] = "paid";
            return (JsonObject)session.DeepClone();
        }
    }

    /// <summary>A snapshot event as Stripe posts it; api_version matches the pinned Stripe.net's.</summary>
    public static string EventJson(string type, JsonObject dataObject, string? eventId = null) => new JsonObject
    {
        ["id"] = eventId ?? "evt_" + NewId(),
        ["object"] = "event",
        ["api_version"] = global::Stripe.StripeConfiguration.ApiVersion,
        ["created"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds(),
        ["data"] = new JsonObject { ["object"] = dataObject.DeepClone() },
        ["livemode"] = false,
        ["pending_webhooks"] = 1,
        ["request"] = new JsonObject { ["id"] = null, ["idempotency_key"] = null },
        ["type"] = type,
    }.ToJsonString();

    /// <summary>
    /// Stripe's documented scheme: HMAC-SHA256 keyed with the whole whsec_ string over "t.body", lower-case
    /// hex, sent as <c>t=…,v1=…</c>.
    /// </summary>
    public static string SignatureHeader(string body, long unixSeconds, string secret = WebhookSecret)
    {
        var t = unixSeconds.ToString(CultureInfo.InvariantCulture);
        var signature = Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes(t + "." + body)));
        return $"t={t},v1={signature}";
    }
}
