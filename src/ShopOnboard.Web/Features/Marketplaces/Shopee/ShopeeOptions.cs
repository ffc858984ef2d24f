namespace ShopOnboard.Web.Features.Marketplaces.Shopee;

/// <summary>Settings under "Marketplaces:Shopee". The default host is the local MarketplaceSandbox, so the demo runs offline.</summary>
public sealed class ShopeeOptions
{
    public const string Section = "Marketplaces:Shopee";
    public const string SandboxBaseUrl = "http://127.0.0.1:5090";

    /// <summary>https://partner.shopeemobile.com in production; the sandbox's address in development and tests.</summary>
    public string BaseUrl { get; set; } = SandboxBaseUrl;

    public long PartnerId { get; set; } = 1000001;

    /// <summary>From user secrets or the environment in production; the default is the sandbox's test key.</summary>
    public string PartnerKey { get; set; } = "sandbox-partner-key";

    /// <summary>Every call is cut off after this; a timed-out create is looked up by SKU before it is retried.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>Shopee publishes no QPS (UNCONFIRMED; one integrator saw throttling near 100/s), so stay well under.</summary>
    public int RequestsPerSecond { get; set; } = 50;

    /// <summary>Shopee leaf category per ShopOnboard category; unmapped ones use <see cref="DefaultCategoryId"/>.</summary>
    public Dictionary<string, long> CategoryIds { get; set; } = [];

    public long DefaultCategoryId { get; set; } = 100001;

    /// <summary>The shipping channels enabled on every new item (the shop's own channel ids in production).</summary>
    public List<long> LogisticIds { get; set; } = [50021];
}
