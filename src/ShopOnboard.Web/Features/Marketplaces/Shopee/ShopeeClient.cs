using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;

namespace ShopOnboard.Web.Features.Marketplaces.Shopee;

/// <summary>The shop whose tokens sign a Shop API call.</summary>
public sealed record ShopeeShop(long ShopId, string AccessToken)
{
    public static ShopeeShop From(MarketplaceAccount account) => new(long.Parse(account.ExternalShopId, CultureInfo.InvariantCulture), account.AccessToken);
}

public sealed record ShopeeTokens(string AccessToken, string RefreshToken, TimeSpan ExpiresIn);

/// <summary>
/// Shopee Open Platform v2 over HTTP: common parameters in the query, request parameters in the query (GET)
/// or a JSON body (POST), every answer read as {error, message, request_id, response}.
/// </summary>
public sealed partial class ShopeeClient(HttpClient http, IOptions<ShopeeOptions> options, MarketplaceRateLimits limits, TimeProvider clock)
{
    private readonly ShopeeOptions _options = options.Value;

    public Uri AuthorizationUrl(string redirect)
    {
        const string path = "/api/v2/shop/auth_partner";
        var timestamp = Now();
        var sign = ShopeeSigner.SignPublic(_options.PartnerId, path, timestamp, _options.PartnerKey);
        return new Uri(string.Create(CultureInfo.InvariantCulture, $"{_options.BaseUrl.TrimEnd('/')}{path}?partner_id={_options.PartnerId}&timestamp={timestamp}&sign={sign}&redirect={Uri.EscapeDataString(redirect)}"));
    }

    public async Task<ShopeeTokens> GetTokenAsync(string code, long shopId, CancellationToken cancellationToken)
    {
        var body = new JsonObject { ["code"] = code, ["shop_id"] = shopId, ["partner_id"] = _options.PartnerId };
        return ReadTokens(await SendAsync(HttpMethod.Post, "/api/v2/auth/token/get", null, body, null, cancellationToken));
    }

    /// <summary>Spends the single-use refresh token: the caller must store the returned pair before anything else.</summary>
    public async Task<ShopeeTokens> RefreshAsync(string refreshToken, long shopId, CancellationToken cancellationToken)
    {
        var body = new JsonObject { ["refresh_token"] = refreshToken, ["shop_id"] = shopId, ["partner_id"] = _options.PartnerId };
        return ReadTokens(await SendAsync(HttpMethod.Post, "/api/v2/auth/access_token/get", null, body, null, cancellationToken));
    }

    /// <summary>media_space.upload_image is a Public API: no shop token in the sign.</summary>
    public async Task<string> UploadImageAsync(ReadOnlyMemory<byte> jpeg, string fileName, CancellationToken cancellationToken)
    {
        using var form = new MultipartFormDataContent();
        var file = new ReadOnlyMemoryContent(jpeg);
        file.Headers.ContentType = new MediaTypeHeaderValue("image/jpeg");
        form.Add(file, "image", fileName);
        form.Add(new StringContent("normal"), "scene");
        var json = await SendAsync(HttpMethod.Post, "/api/v2/media_space/upload_image", null, form, null, cancellationToken);
        return json["response"]?["image_info"]?["image_id"]?.GetValue<string>()
            ?? throw Malformed(json, "image_info.image_id");
    }

    public async Task<long> AddItemAsync(ShopeeShop shop, ShopeeNewItem item, CancellationToken cancellationToken)
    {
        var json = await SendAsync(HttpMethod.Post, "/api/v2/product/add_item", null, item.ToJson(), shop, cancellationToken);
        return json["response"]?["item_id"]?.GetValue<long>() ?? throw Malformed(json, "item_id");
    }

    /// <summary>
    /// The item already created under this SKU, if any: how a create that timed out is checked before it is
    /// retried. Uses product.search_item with item_sku (not in the reference; shape UNCONFIRMED, kept here only).
    /// </summary>
    public async Task<long?> FindItemBySkuAsync(ShopeeShop shop, string sku, CancellationToken cancellationToken)
    {
        var json = await SendAsync(HttpMethod.Get, "/api/v2/product/search_item", [("item_sku", sku), ("page_size", "10")], null, shop, cancellationToken);
        var ids = json["response"]?["item_id_list"]?.AsArray();
        return ids is { Count: > 0 } ? ids[0]!.GetValue<long>() : null;
    }

    /// <summary>VN sends prices as integers (update_price page).</summary>
    public Task UpdatePriceAsync(ShopeeShop shop, long itemId, long priceVnd, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Post, "/api/v2/product/update_price", null, new JsonObject
        {
            ["item_id"] = itemId,
            ["price_list"] = new JsonArray(new JsonObject { ["model_id"] = 0, ["original_price"] = priceVnd }),
        }, shop, cancellationToken);

    public Task UpdateStockAsync(ShopeeShop shop, long itemId, int stock, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Post, "/api/v2/product/update_stock", null, new JsonObject
        {
            ["item_id"] = itemId,
            ["stock_list"] = new JsonArray(new JsonObject { ["model_id"] = 0, ["seller_stock"] = new JsonArray(new JsonObject { ["stock"] = stock }) }),
        }, shop, cancellationToken);

    private static ShopeeTokens ReadTokens(JsonObject json) => new(
        json["access_token"]?.GetValue<string>() ?? throw Malformed(json, "access_token"),
        json["refresh_token"]?.GetValue<string>() ?? throw Malformed(json, "refresh_token"),
        TimeSpan.FromSeconds(json["expire_in"]?.GetValue<long>() ?? 0));

    private long Now() => clock.GetUtcNow().ToUnixTimeSeconds();

    private static ShopeeException Malformed(JsonObject json, string field) =>
        new("malformed_response", $"Shopee's answer has no {field}.", json["request_id"]?.GetValue<string>(), 200);

    private async Task<JsonObject> SendAsync(HttpMethod method, string path, IEnumerable<(string Key, string Value)>? query, object? body, ShopeeShop? shop, CancellationToken cancellationToken)
    {
        // Waited for before the timestamp is taken, so a queued call is not signed stale.
        using var lease = await limits.AcquireAsync(Marketplace.Shopee, _options.PartnerId.ToString(CultureInfo.InvariantCulture), _options.RequestsPerSecond, cancellationToken);
        var timestamp = Now();
        var common = new List<(string, string)>
        {
            ("partner_id", _options.PartnerId.ToString(CultureInfo.InvariantCulture)),
            ("timestamp", timestamp.ToString(CultureInfo.InvariantCulture)),
        };
        if (shop is null)
        {
            common.Add(("sign", ShopeeSigner.SignPublic(_options.PartnerId, path, timestamp, _options.PartnerKey)));
        }
        else
        {
            common.Add(("access_token", shop.AccessToken));
            common.Add(("shop_id", shop.ShopId.ToString(CultureInfo.InvariantCulture)));
            common.Add(("sign", ShopeeSigner.SignShop(_options.PartnerId, path, timestamp, shop.AccessToken, shop.ShopId, _options.PartnerKey)));
        }

        var all = common.Concat(query ?? []).Select(p => $"{p.Item1}={Uri.EscapeDataString(p.Item2)}");
        using var request = new HttpRequestMessage(method, $"{_options.BaseUrl.TrimEnd('/')}{path}?{string.Join('&', all)}");
        request.Content = body switch
        {
            JsonObject json => JsonContent.Create(json),
            HttpContent content => content,
            _ => null,
        };
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(_options.Timeout);
        HttpResponseMessage response;
        try
        {
            response = await http.SendAsync(request, timeout.Token);
        }
        catch (OperationCanceledException problem) when (!cancellationToken.IsCancellationRequested)
        {
            throw new ShopeeException("timeout", "Shopee did not answer in time.", null, 0, null, problem);
        }
        catch (HttpRequestException problem)
        {
            throw new ShopeeException("network", problem.Message, null, 0, null, problem);
        }

        using (response)
        {
            return await ReadAsync(response, timeout.Token);
        }
    }

    private static async Task<JsonObject> ReadAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var retryAfter = response.Headers.RetryAfter?.Delta;
        JsonObject? json = null;
        try
        {
            json = JsonNode.Parse(await response.Content.ReadAsStringAsync(cancellationToken)) as JsonObject;
        }
        catch (System.Text.Json.JsonException)
        {
            // A proxy's HTML error page: reported below from the status code alone.
        }

        var error = json?["error"]?.GetValue<string>();
        if (response.IsSuccessStatusCode && json is not null && string.IsNullOrEmpty(error))
        {
            return json;
        }

        var status = (int)response.StatusCode;
        throw new ShopeeException(
            string.IsNullOrEmpty(error) ? (status == (int)HttpStatusCode.TooManyRequests ? "error_too_many_request" : "error_server") : error,
            json?["message"]?.GetValue<string>() ?? response.ReasonPhrase ?? "",
            json?["request_id"]?.GetValue<string>(),
            status,
            retryAfter);
    }
}
