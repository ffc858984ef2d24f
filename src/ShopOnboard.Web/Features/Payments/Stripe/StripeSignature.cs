using Stripe;

namespace ShopOnboard.Web.Features.Payments.Stripe;

/// <summary>Checks a webhook's Stripe-Signature and reads its event, with Stripe.net's own verifier.</summary>
public static class StripeSignature
{
    public const string Header = "Stripe-Signature";

    /// <summary>Stripe.net's and stripe-node's default: a delivery older or newer than five minutes is refused.</summary>
    public const long ToleranceSeconds = 300;

    /// <returns>The event, or null when the signature, its timestamp or the JSON is not right.</returns>
    public static Event? Read(string body, string? signatureHeader, string secret, DateTimeOffset now)
    {
        if (string.IsNullOrWhiteSpace(signatureHeader) || string.IsNullOrEmpty(secret))
        {
            return null;
        }

        try
        {
            // The endpoint's API version is set in Stripe's dashboard and may trail the SDK's; the few fields
            // read here are stable across versions, and refusing would make Stripe retry a paid order for days.
            return EventUtility.ConstructEvent(body, signatureHeader, secret, ToleranceSeconds, now.ToUnixTimeSeconds(), throwOnApiVersionMismatch: false);
        }
        catch (StripeException)
        {
            return null;
        }
        catch (Newtonsoft.Json.JsonException)
        {
            return null;
        }
    }
}
