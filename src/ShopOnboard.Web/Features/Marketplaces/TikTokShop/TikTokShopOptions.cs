namespace ShopOnboard.Web.Features.Marketplaces.TikTokShop;

/// <summary>
/// Settings under "Marketplaces:TikTokShop". TikTok Shop has one environment (test shops live in production),
/// so the defaults point at the local MarketplaceSandbox; production uses https://open-api.tiktokglobalshop.com,
/// https://auth.tiktok-shops.com and the Partner Center's authorisation link.
/// </summary>
public sealed class TikTokShopOptions
{
    public const string Section = "Marketplaces:TikTokShop";
    public const string SandboxApiBaseUrl = "http://127.0.0.1:5090/tiktok";
    public const string SandboxAuthBaseUrl = "http://127.0.0.1:5090/tiktok/auth";
    public const string SandboxAuthorizeUrl = "http://127.0.0.1:5090/tiktok/open/authorize";

    public string ApiBaseUrl { get; set; } = SandboxApiBaseUrl;

    public string AuthBaseUrl { get; set; } = SandboxAuthBaseUrl;

    /// <summary>https://services.tiktokshop.com/open/authorize outside the US.</summary>
    public string AuthorizeUrl { get; set; } = SandboxAuthorizeUrl;

    public string ServiceId { get; set; } = "7000000000000000001";

    public string AppKey { get; set; } = "sandboxttk";

    /// <summary>From user secrets or the environment in production; the default is the sandbox's test secret.</summary>
    public string AppSecret { get; set; } = "sandbox-tiktok-secret";

    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>Documented: 50 QPS per API per app and shop; one limiter per app is the safe side of that.</summary>
    public int RequestsPerSecond { get; set; } = 50;

    public Dictionary<string, string> CategoryIds { get; set; } = [];

    public string DefaultCategoryId { get; set; } = "600001";

    /// <summary>The shop's default warehouse (Get Warehouses in production); every SKU's inventory names it.</summary>
    public string WarehouseId { get; set; } = "7200000000000000001";
}
