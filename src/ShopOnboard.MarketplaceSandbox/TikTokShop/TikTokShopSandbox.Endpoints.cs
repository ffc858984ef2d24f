namespace ShopOnboard.MarketplaceSandbox.TikTokShop;

public static class TikTokShopSandboxEndpoints
{
    public static void MapTikTokShopSandbox(this WebApplication app, TikTokShopSandbox tiktok)
    {
        const string p = TikTokShopSandbox.Prefix;
        app.MapGet(p + "/open/authorize", tiktok.Authorize);
        app.MapGet(p + "/auth/api/v2/token/get", tiktok.GetTokenAsync);
        app.MapGet(p + "/auth/api/v2/token/refresh", tiktok.RefreshTokenAsync);
        app.MapGet(p + "/authorization/202309/shops", tiktok.AuthorizedShopsAsync);
        app.MapPost(p + "/product/202309/images/upload", tiktok.UploadImageAsync);
        app.MapPost(p + "/product/202309/products", tiktok.CreateProductAsync);
        app.MapPost(p + "/product/202309/products/search", tiktok.SearchProductsAsync);
        app.MapPost(p + "/product/202309/products/{productId}/prices/update", tiktok.UpdatePriceAsync);
        app.MapPost(p + "/product/202309/products/{productId}/inventory/update", tiktok.UpdateInventoryAsync);
        app.MapPost(p + "/order/202309/orders/search", tiktok.SearchOrdersAsync);
        app.MapGet(p + "/order/202309/orders", tiktok.GetOrdersAsync);

        // Control endpoint: not TikTok Shop's; a developer's or a test's lever.
        app.MapPost("/sandbox/tiktokshop/orders", (string cipher, int count) => Results.Json(new { order_ids = tiktok.CreateBuyerOrders(cipher, count) }));
    }
}

public sealed partial class TikTokShopSandbox
{
    /// <summary>
    /// The consent page, granted at once. The real service redirects to the URL registered in Partner Center;
    /// the sandbox has none registered and uses redirect_uri instead.
    /// </summary>
    public IResult Authorize(HttpRequest request)
    {
        var redirect = request.Query["redirect_uri"].ToString();
        if (string.IsNullOrEmpty(request.Query["service_id"]) || !Uri.TryCreate(redirect, UriKind.Absolute, out _))
        {
            return Error(36009004, "service_id and a redirect are required.", 400);
        }

        var (code, _) = GrantCode();
        return Results.Redirect($"{redirect}{(redirect.Contains('?', StringComparison.Ordinal) ? '&' : '?')}code={Uri.EscapeDataString(code)}&state={Uri.EscapeDataString(request.Query["state"].ToString())}");
    }

    public Task<IResult> GetTokenAsync(HttpRequest request) => Faulty(() =>
    {
        var q = request.Query;
        if (q["app_key"] != AppKey || q["app_secret"] != AppSecret || q["grant_type"] != "authorized_code")
        {
            return Task.FromResult(Error(36009004, "Invalid app_key, app_secret or grant_type."));
        }

        // A code works once and lives 30 minutes.
        return Task.FromResult(_codes.TryRemove(q["auth_code"].ToString(), out var grant) && grant.Expires > Now
            ? Results.Json(IssueTokens(grant.Cipher))
            : Error(36004009, "The auth_code is invalid or expired."));
    });

    public Task<IResult> RefreshTokenAsync(HttpRequest request) => Faulty(() =>
    {
        var q = request.Query;
        if (q["app_key"] != AppKey || q["app_secret"] != AppSecret || q["grant_type"] != "refresh_token")
        {
            return Task.FromResult(Error(36009004, "Invalid app_key, app_secret or grant_type."));
        }

        return Task.FromResult(_refreshTokens.TryRemove(q["refresh_token"].ToString(), out var cipher)
            ? Results.Json(IssueTokens(cipher))
            : Error(36004009, "The refresh_token is invalid or expired."));
    });

    public Task<IResult> AuthorizedShopsAsync(HttpRequest request) => Faulty(async () =>
    {
        var (call, refused) = await CheckAsync(request, shopApi: false);
        return refused ?? Ok(new { shops = new[] { new { id = call!.Cipher[4..], name = "Sandbox shop", region = "VN", seller_type = "LOCAL", cipher = call.Cipher, code = "VNLC" + call.Cipher[^6..] } } });
    });
}
