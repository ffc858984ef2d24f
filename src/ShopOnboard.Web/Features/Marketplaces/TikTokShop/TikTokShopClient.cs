using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;

namespace ShopOnboard.Web.Features.Marketplaces.TikTokShop;

/// <summary>
/// TikTok Shop Partner API 202309 over HTTP: app_key, timestamp (seconds), shop_cipher and sign in the query,
/// the access token in the x-tts-access-token header, JSON bodies signed byte for byte as sent (multipart bodies
/// are not signed). Answers are {code, message, request_id, data}, code 0 for success.
/// </summary>
public sealed partial class TikTokShopClient(HttpClient http, IOptions<TikTokShopOptions> options, MarketplaceRateLimits limits, TimeProvider clock)
{
    private readonly TikTokShopOptions _options = options.Value;

    /// <summary>
    /// The Partner Center link with our state. redirect_uri is for the sandbox only: the real service redirects to
    /// the app's registered URL and ignores it.
    /// </summary>
    public Uri AuthorizationUrl(string redirect, string state) => new(string.Create(CultureInfo.InvariantCulture,
        $"{_options.AuthorizeUrl}?service_id={Uri.EscapeDataString(_options.ServiceId)}&state={Uri.EscapeDataString(state)}&redirect_uri={Uri.EscapeDataString(redirect)}"));

    /// <summary>Token get, then Get Authorized Shops: the shop is addressed by its cipher, so that is what we keep.</summary>
    public async Task<MarketplaceGrant> ExchangeCodeAsync(string code, string? externalShopId, CancellationToken cancellationToken)
    {
        var json = await AuthAsync("/api/v2/token/get", [("auth_code", code), ("grant_type", "authorized_code")], cancellationToken);
        var token = json["data"]?["access_token"]?.GetValue<string>() ?? throw Malformed(json, "data.access_token");
        var shops = await SendAsync(HttpMethod.Get, "/authorization/202309/shops", [], null, token, null, cancellationToken);
        var cipher = shops["data"]?["shops"]?.AsArray().FirstOrDefault()?["cipher"]?.GetValue<string>() ?? throw Malformed(shops, "data.shops[0].cipher");
        return ReadGrant(json, cipher);
    }

    public async Task<MarketplaceGrant> RefreshAsync(string refreshToken, string externalShopId, CancellationToken cancellationToken) =>
        ReadGrant(await AuthAsync("/api/v2/token/refresh", [("refresh_token", refreshToken), ("grant_type", "refresh_token")], cancellationToken), externalShopId);

    /// <summary>The *_expire_in fields are Unix timestamps, not durations.</summary>
    private static MarketplaceGrant ReadGrant(JsonObject json, string cipher)
    {
        var data = json["data"] ?? throw Malformed(json, "data");
        return new MarketplaceGrant(
            cipher,
            data["access_token"]?.GetValue<string>() ?? throw Malformed(json, "data.access_token"),
            data["refresh_token"]?.GetValue<string>() ?? throw Malformed(json, "data.refresh_token"),
            DateTime.UnixEpoch.AddSeconds(data["access_token_expire_in"]?.GetValue<long>() ?? 0),
            data["refresh_token_expire_in"]?.GetValue<long>() is { } refresh ? DateTime.UnixEpoch.AddSeconds(refresh) : null);
    }

    /// <summary>The auth host takes app_key and app_secret as plain query parameters, unsigned.</summary>
    private Task<JsonObject> AuthAsync(string path, IEnumerable<(string Key, string Value)> query, CancellationToken cancellationToken)
    {
        var all = query.Prepend(("app_secret", _options.AppSecret)).Prepend(("app_key", _options.AppKey));
        return SendRawAsync(new HttpRequestMessage(HttpMethod.Get, $"{_options.AuthBaseUrl.TrimEnd('/')}{path}?{Query(all)}"), cancellationToken);
    }

    private static TikTokShopException Malformed(JsonObject json, string field) =>
        new(-1, $"TikTok Shop's answer has no {field}.", json["request_id"]?.GetValue<string>(), 200);

    private static string Query(IEnumerable<(string Key, string Value)> parameters) =>
        string.Join('&', parameters.Select(p => $"{p.Key}={Uri.EscapeDataString(p.Value)}"));

    /// <summary>One signed call. <paramref name="body"/> is a JSON object (signed as serialised) or a multipart form (not signed).</summary>
    private async Task<JsonObject> SendAsync(HttpMethod method, string path, IEnumerable<(string Key, string Value)> parameters, object? body, string accessToken, string? shopCipher, CancellationToken cancellationToken)
    {
        // Waited for before the timestamp is taken, so a queued call is not signed stale.
        using var lease = await limits.AcquireAsync(Marketplace.TikTokShop, _options.AppKey, _options.RequestsPerSecond, cancellationToken);
        var query = new List<(string Key, string Value)>
        {
            ("app_key", _options.AppKey),
            ("timestamp", clock.GetUtcNow().ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture)),
        };
        if (shopCipher is not null)
        {
            query.Add(("shop_cipher", shopCipher));
        }

        query.AddRange(parameters);
        var json = body is JsonObject o ? o.ToJsonString() : null;
        var sign = TikTokShopSigner.Sign(path, query.Select(p => KeyValuePair.Create(p.Key, p.Value)), json, body is MultipartFormDataContent, _options.AppSecret);
        query.Add(("sign", sign));
        var request = new HttpRequestMessage(method, $"{_options.ApiBaseUrl.TrimEnd('/')}{path}?{Query(query)}");
        request.Headers.Add("x-tts-access-token", accessToken);
        request.Content = body switch
        {
            // The exact bytes that were signed, never re-serialised on the way out.
            string or JsonObject => new StringContent(json!, Encoding.UTF8, new MediaTypeHeaderValue("application/json")),
            HttpContent content => content,
            _ => null,
        };
        return await SendRawAsync(request, cancellationToken);
    }

    private async Task<JsonObject> SendRawAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        using var _ = request;
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(_options.Timeout);
        HttpResponseMessage response;
        try
        {
            response = await http.SendAsync(request, timeout.Token);
        }
        catch (OperationCanceledException problem) when (!cancellationToken.IsCancellationRequested)
        {
            throw MarketplaceException.Timeout(Marketplace.TikTokShop, problem);
        }
        catch (HttpRequestException problem)
        {
            throw MarketplaceException.Network(Marketplace.TikTokShop, problem);
        }

        using (response)
        {
            JsonObject? json = null;
            try
            {
                json = JsonNode.Parse(await response.Content.ReadAsStringAsync(timeout.Token)) as JsonObject;
            }
            catch (System.Text.Json.JsonException)
            {
                // A proxy's HTML error page: reported below from the status code alone.
            }

            var code = json?["code"]?.GetValue<int>();
            if (response.IsSuccessStatusCode && code == 0)
            {
                return json!;
            }

            var status = (int)response.StatusCode;
            throw new TikTokShopException(
                code ?? (status == (int)HttpStatusCode.TooManyRequests ? TikTokShopException.TooManyRequests : -status),
                json?["message"]?.GetValue<string>() ?? response.ReasonPhrase ?? "",
                json?["request_id"]?.GetValue<string>(),
                status,
                response.Headers.RetryAfter?.Delta);
        }
    }
}
