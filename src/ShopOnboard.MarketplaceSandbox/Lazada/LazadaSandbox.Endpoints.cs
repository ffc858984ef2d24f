namespace ShopOnboard.MarketplaceSandbox.Lazada;

public static class LazadaSandboxEndpoints
{
    public static void MapLazadaSandbox(this WebApplication app, LazadaSandbox lazada)
    {
        app.MapGet("/lazada/oauth/authorize", lazada.Authorize);
        app.MapMethods(LazadaSandbox.AuthPrefix + "/auth/token/create", ["GET", "POST"], lazada.CreateTokenAsync);
        app.MapMethods(LazadaSandbox.AuthPrefix + "/auth/token/refresh", ["GET", "POST"], lazada.RefreshTokenAsync);
        app.MapPost(LazadaSandbox.ApiPrefix + "/image/upload", lazada.UploadImageAsync);
        app.MapPost(LazadaSandbox.ApiPrefix + "/product/create", lazada.CreateProductAsync);
        app.MapGet(LazadaSandbox.ApiPrefix + "/products/get", lazada.GetProductsAsync);
        app.MapPost(LazadaSandbox.ApiPrefix + "/product/price_quantity/update", lazada.UpdatePriceQuantityAsync);
        app.MapGet(LazadaSandbox.ApiPrefix + "/orders/get", lazada.GetOrdersAsync);
        app.MapGet(LazadaSandbox.ApiPrefix + "/orders/items/get", lazada.GetMultipleOrderItemsAsync);

        // Control endpoint: not Lazada's; a developer's or a test's lever.
        app.MapPost("/sandbox/lazada/orders", (string sellerId, int count) => Results.Json(new { order_ids = lazada.CreateBuyerOrders(sellerId, count) }));
    }
}

public sealed partial class LazadaSandbox
{
    /// <summary>The consent page, granted at once: redirects to redirect_uri?code=…&amp;state=….</summary>
    public IResult Authorize(HttpRequest request)
    {
        var q = request.Query;
        if (q["client_id"] != AppKey || q["response_type"] != "code")
        {
            return Error("InvalidAppKey", "ISV", "client_id or response_type is invalid.", 400);
        }

        var redirect = q["redirect_uri"].ToString();
        if (!Uri.TryCreate(redirect, UriKind.Absolute, out _))
        {
            return Error("InvalidRedirectUri", "ISV", "redirect_uri is invalid.", 400);
        }

        var (code, _) = GrantCode();
        var state = q["state"].ToString();
        return Results.Redirect($"{redirect}{(redirect.Contains('?', StringComparison.Ordinal) ? '&' : '?')}code={Uri.EscapeDataString(code)}{(state.Length > 0 ? "&state=" + Uri.EscapeDataString(state) : "")}");
    }

    public Task<IResult> CreateTokenAsync(HttpRequest request) => Faulty(async () =>
    {
        var (call, refused) = await CheckAsync(request, AuthPrefix, sellerApi: false);
        if (refused is not null)
        {
            return refused;
        }

        // A code works once and lives 30 minutes.
        if (!call!.Parameters.TryGetValue("code", out var code) || !_codes.TryRemove(code, out var grant) || grant.Expires <= Now)
        {
            return Error("InvalidCode", "ISV", "The authorization code is invalid or expired.");
        }

        return Results.Json(IssueTokens(grant.SellerId));
    });

    public Task<IResult> RefreshTokenAsync(HttpRequest request) => Faulty(async () =>
    {
        var (call, refused) = await CheckAsync(request, AuthPrefix, sellerApi: false);
        if (refused is not null)
        {
            return refused;
        }

        // Single use here: the stricter reading, so the app must store the new pair at once.
        if (!call!.Parameters.TryGetValue("refresh_token", out var refresh) || !_refreshTokens.TryRemove(refresh, out var sellerId))
        {
            return Error("IllegalRefreshToken", "ISV", "The specified refresh token is invalid or expired.");
        }

        return Results.Json(IssueTokens(sellerId));
    });

    public Task<IResult> UploadImageAsync(HttpRequest request) => Faulty(async () =>
    {
        var (call, refused) = await CheckAsync(request, ApiPrefix, sellerApi: true);
        if (refused is not null)
        {
            return refused;
        }

        var files = call!.Files?.GetFiles("image") ?? [];
        if (files.Count != 1)
        {
            return Error("MissingParameter", "ISV", "The input parameter \"image\" that is mandatory for processing this request is not supplied.");
        }

        const string rule = "Image must be JPG or PNG, at least 330*330px, less than 5000*5000px and file size is less than 3145728B.";
        var file = files[0];
        if (file.Length > MaxImageBytes)
        {
            return Error("300", "ISP", rule);
        }

        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer);
        if (ImageHeader.Read(buffer.ToArray()) is not { } header
            || Math.Min(header.Width, header.Height) < MinImageSide || Math.Max(header.Width, header.Height) > MaxImageSide)
        {
            return Error("300", "ISP", rule);
        }

        var hash = Token();
        var url = $"https://vn-live.slatic.net/p/{hash}.jpg";
        _images[url] = 0;
        return Ok(new { image = new { url, hash_code = hash } });
    });
}
