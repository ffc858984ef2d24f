using System.Text.Json.Nodes;

namespace ShopOnboard.MarketplaceSandbox.Shopee;

public static class ShopeeSandboxEndpoints
{
    public static void MapShopeeSandbox(this WebApplication app, ShopeeSandbox shopee, params SandboxFaults[] others)
    {
        app.MapGet("/api/v2/shop/auth_partner", shopee.AuthPartner);
        app.MapPost("/api/v2/auth/token/get", shopee.GetTokenAsync);
        app.MapPost("/api/v2/auth/access_token/get", shopee.RefreshTokenAsync);
        app.MapPost("/api/v2/media_space/upload_image", shopee.UploadImageAsync);
        app.MapPost("/api/v2/product/add_item", shopee.AddItemAsync);
        app.MapGet("/api/v2/product/search_item", shopee.SearchItemAsync);
        app.MapPost("/api/v2/product/update_price", shopee.UpdatePriceAsync);
        app.MapPost("/api/v2/product/update_stock", shopee.UpdateStockAsync);
        app.MapGet("/api/v2/order/get_order_list", shopee.GetOrderListAsync);
        app.MapGet("/api/v2/order/get_order_detail", shopee.GetOrderDetailAsync);

        // Control endpoints: not Shopee's; a developer's or a test's levers.
        app.MapPost("/sandbox/shopee/orders", (long shopId, int count) => Results.Json(new { order_sn_list = shopee.CreateBuyerOrders(shopId, count) }));
        // One switch for every marketplace the sandbox plays.
        app.MapPost("/sandbox/faults", (FaultSettings settings) =>
        {
            foreach (var faults in others.Prepend(shopee.Faults))
            {
                faults.FailureRate = settings.FailureRate;
                faults.TimeoutRate = settings.TimeoutRate;
                faults.RateLimitedRate = settings.RateLimitedRate;
                faults.Latency = TimeSpan.FromMilliseconds(settings.LatencyMs);
            }

            return Results.NoContent();
        });
    }

    public sealed record FaultSettings(double FailureRate, double TimeoutRate, double RateLimitedRate, int LatencyMs);
}

public sealed partial class ShopeeSandbox
{
    /// <summary>The consent page, granted at once: redirects to redirect?code=…&amp;shop_id=….</summary>
    public IResult AuthPartner(HttpRequest request)
    {
        if (Check(request, shopApi: false, out _) is { } refused)
        {
            return refused;
        }

        var redirect = request.Query["redirect"].ToString();
        if (!Uri.TryCreate(redirect, UriKind.Absolute, out _))
        {
            return Error(400, "error_param", "redirect is invalid");
        }

        var (code, shopId) = GrantCode();
        return Results.Redirect($"{redirect}{(redirect.Contains('?', StringComparison.Ordinal) ? '&' : '?')}code={code}&shop_id={shopId}");
    }

    public Task<IResult> GetTokenAsync(HttpRequest request) => Faulty(async () =>
    {
        if (Check(request, shopApi: false, out _) is { } refused)
        {
            return refused;
        }

        var body = await BodyAsync(request);
        var code = body?["code"]?.GetValue<string>();
        var shopId = body?["shop_id"]?.GetValue<long>();
        if (code is null || shopId is null)
        {
            return Error(400, "error_param", "code and shop_id are required.");
        }

        // A code is used once and lives 10 minutes.
        if (!_codes.TryRemove(code, out var grant) || grant.ShopId != shopId || grant.Expires <= Now)
        {
            return Error(403, "error_auth", "Invalid code.");
        }

        return Results.Json(IssueTokens(shopId.Value));
    });

    public Task<IResult> RefreshTokenAsync(HttpRequest request) => Faulty(async () =>
    {
        if (Check(request, shopApi: false, out _) is { } refused)
        {
            return refused;
        }

        var body = await BodyAsync(request);
        var refresh = body?["refresh_token"]?.GetValue<string>();
        var shopId = body?["shop_id"]?.GetValue<long>();
        if (refresh is null || shopId is null)
        {
            return Error(400, "error_param", "refresh_token and shop_id are required.");
        }

        // Single use: a second refresh with the same token fails, which is why the app stores the new pair at once.
        if (!_refreshTokens.TryRemove(refresh, out var owner) || owner != shopId)
        {
            return Error(403, "error_auth", "Invalid refresh_token.");
        }

        return Results.Json(IssueTokens(shopId.Value));
    });

    public Task<IResult> UploadImageAsync(HttpRequest request) => Faulty(async () =>
    {
        if (Check(request, shopApi: false, out _) is { } refused)
        {
            return refused;
        }

        if (!request.HasFormContentType)
        {
            return Error(400, "error_param", "image is required.");
        }

        var files = (await request.ReadFormAsync()).Files.GetFiles("image");
        if (files.Count == 0)
        {
            return Error(400, "error_param", "image is required.");
        }

        if (files.Count > MaxFilesPerUpload)
        {
            return Error(400, "error_param", "Upload fewer than 9 images per call.");
        }

        var ids = new List<string>();
        foreach (var file in files)
        {
            if (file.Length > MaxImageBytes)
            {
                return Error(400, "media_space.error_image_size", "Image size exceeds 10MB.");
            }

            using var buffer = new MemoryStream();
            await file.CopyToAsync(buffer);
            var header = ImageHeader.Read(buffer.ToArray());
            if (header is null)
            {
                return Error(400, "media_space.error_image_format", "Only JPG, JPEG and PNG images are supported.");
            }

            if (Math.Min(header.Value.Width, header.Value.Height) < MinImageSide || Math.Max(header.Value.Width, header.Value.Height) > MaxImageSide)
            {
                return Error(400, "media_space.error_image_dimension", "Image dimension is out of range.");
            }

            var id = $"vn-{Token()}";
            _images[id] = 0;
            ids.Add(id);
        }

        return Ok(new { image_info = new { image_id = ids[0], image_url_list = Array.Empty<object>() } });
    });

    private static async Task<JsonObject?> BodyAsync(HttpRequest request)
    {
        try
        {
            return await JsonNode.ParseAsync(request.Body) as JsonObject;
        }
        catch (System.Text.Json.JsonException)
        {
            return null;
        }
    }
}
