namespace ShopOnboard.Web.Features.Marketplaces.Lazada;

/// <summary>
/// Settings under "Marketplaces:Lazada". Lazada has no sandbox host (testing uses test sellers), so the
/// defaults point at the local MarketplaceSandbox; production uses https://api.lazada.vn/rest for the API and
/// https://auth.lazada.com for authorisation.
/// </summary>
public sealed class LazadaOptions
{
    public const string Section = "Marketplaces:Lazada";
    public const string SandboxApiBaseUrl = "http://127.0.0.1:5090/lazada/rest";
    public const string SandboxAuthBaseUrl = "http://127.0.0.1:5090/lazada/auth/rest";
    public const string SandboxAuthorizeUrl = "http://127.0.0.1:5090/lazada/oauth/authorize";

    /// <summary>The country gateway: https://api.lazada.vn/rest for Vietnam.</summary>
    public string ApiBaseUrl { get; set; } = SandboxApiBaseUrl;

    /// <summary>Token create and refresh: https://auth.lazada.com/rest.</summary>
    public string AuthBaseUrl { get; set; } = SandboxAuthBaseUrl;

    /// <summary>The seller's consent page: https://auth.lazada.com/oauth/authorize.</summary>
    public string AuthorizeUrl { get; set; } = SandboxAuthorizeUrl;

    public string AppKey { get; set; } = "100001";

    /// <summary>From user secrets or the environment in production; the default is the sandbox's test secret.</summary>
    public string AppSecret { get; set; } = "sandbox-lazada-secret";

    /// <summary>Every call is cut off after this; a timed-out create is looked up by SKU before it is retried.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>The only published number: 50 inventory calls per second per seller; used for every call, per app.</summary>
    public int RequestsPerSecond { get; set; } = 50;

    /// <summary>Lazada leaf category per ShopOnboard category; unmapped ones use <see cref="DefaultCategoryId"/>.</summary>
    public Dictionary<string, long> CategoryIds { get; set; } = [];

    public long DefaultCategoryId { get; set; } = 10000;

    /// <summary>brand_id is mandatory; the "No Brand" id of the seller's country in production (GetBrandByPages).</summary>
    public long NoBrandId { get; set; }
}
