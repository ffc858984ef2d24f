namespace ShopOnboard.Web.Features.Payments;

/// <summary>Settings under "Payments" in configuration.</summary>
public sealed class PaymentsOptions
{
    public const string Section = "Payments";

    /// <summary>Decode requests a minute from one address: enough for a person, too few for a scraper.</summary>
    public int PublicApiPerMinute { get; set; } = 30;

    /// <summary>
    /// Webhook calls a minute for one bank account. SePay and Casso send from a few shared addresses for all
    /// their customers, so the limit is per account, not per address.
    /// </summary>
    public int WebhookPerMinute { get; set; } = 120;

    /// <summary>How old a signed Casso timestamp may be; SePay's docs use the same 5 minutes for theirs.</summary>
    public TimeSpan WebhookTimestampTolerance { get; set; } = TimeSpan.FromMinutes(5);
}
