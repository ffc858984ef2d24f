namespace ShopOnboard.Web.Features.Payments.Stripe;

/// <summary>
/// Settings under "Stripe". Card payments are off until both keys are set: without the webhook secret a paid
/// card order could never be confirmed, so a secret key alone must not show the card option.
/// </summary>
public sealed class StripeOptions
{
    public const string Section = "Stripe";
    public const string DefaultApiBase = "https://api.stripe.com";

    /// <summary>Stripe hosts Checkout pages on its own origin, not on the API's.</summary>
    public const string DefaultCheckoutOrigin = "https://checkout.stripe.com";

    /// <summary>sk_live_… or sk_test_…; from user secrets or the environment, never from a committed file.</summary>
    public string? SecretKey { get; set; }

    /// <summary>The webhook endpoint's signing secret, whsec_….</summary>
    public string? WebhookSecret { get; set; }

    /// <summary>Stripe's API; the tests point it at their local simulator.</summary>
    public string ApiBase { get; set; } = DefaultApiBase;

    public bool IsEnabled => !string.IsNullOrWhiteSpace(SecretKey) && !string.IsNullOrWhiteSpace(WebhookSecret);

    /// <summary>
    /// Where the buyer is sent to pay. A simulator serves its checkout pages next to its API, so any other
    /// API base is also the checkout origin.
    /// </summary>
    public string CheckoutOrigin => string.Equals(ApiBase.TrimEnd('/'), DefaultApiBase, StringComparison.OrdinalIgnoreCase)
        ? DefaultCheckoutOrigin
        : new Uri(ApiBase).GetLeftPart(UriPartial.Authority);
}
