using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;

namespace ShopOnboard.Web.Features.Marketplaces.Lazada;

/// <summary>
/// Lazada Open Platform over HTTP (docIds 108066–108068): system parameters (app_key, timestamp in ms,
/// sign_method, access_token, sign) in the query, business parameters in the query for GET and in the form body
/// for POST, all of them signed; files are sent as multipart and not signed. Answers are {code, type, message,
/// request_id, data}, with code "0" for success.
/// </summary>
public sealed partial class LazadaClient(HttpClient http, IOptions<LazadaOptions> options, MarketplaceRateLimits limits, TimeProvider clock)
{
    private readonly LazadaOptions _options = options.Value;

    /// <summary>The seller authorisation link (docId 108260); state comes back with the code.</summary>
    public Uri AuthorizationUrl(string redirect, string state) => new(string.Create(CultureInfo.InvariantCulture,
        $"{_options.AuthorizeUrl}?response_type=code&force_auth=true&redirect_uri={Uri.EscapeDataString(redirect)}&client_id={Uri.EscapeDataString(_options.AppKey)}&state={Uri.EscapeDataString(state)}"));

    /// <summary>/auth/token/create: the code is valid 30 minutes and works once.</summary>
    public async Task<MarketplaceGrant> ExchangeCodeAsync(string code, string? externalShopId, CancellationToken cancellationToken) =>
        ReadGrant(await SendAsync(HttpMethod.Post, _options.AuthBaseUrl, "/auth/token/create", [("code", code)], null, null, cancellationToken));

    public async Task<MarketplaceGrant> RefreshAsync(string refreshToken, string externalShopId, CancellationToken cancellationToken) =>
        ReadGrant(await SendAsync(HttpMethod.Post, _options.AuthBaseUrl, "/auth/token/refresh", [("refresh_token", refreshToken)], null, null, cancellationToken));

    /// <summary>Token answers are not wrapped in data; expires_in and refresh_expires_in are seconds.</summary>
    private MarketplaceGrant ReadGrant(JsonObject json)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var users = json["country_user_info"]?.AsArray();
        var user = users?.FirstOrDefault(u => string.Equals(u?["country"]?.GetValue<string>(), "vn", StringComparison.OrdinalIgnoreCase)) ?? users?.FirstOrDefault();
        var sellerId = user?["seller_id"] is { } seller ? Text(seller) : json["account"]?.GetValue<string>();
        return new MarketplaceGrant(
            sellerId ?? throw Malformed(json, "country_user_info.seller_id"),
            json["access_token"]?.GetValue<string>() ?? throw Malformed(json, "access_token"),
            json["refresh_token"]?.GetValue<string>() ?? throw Malformed(json, "refresh_token"),
            now.AddSeconds(json["expires_in"]?.GetValue<long>() ?? 0),
            json["refresh_expires_in"]?.GetValue<long>() is { } refreshIn ? now.AddSeconds(refreshIn) : null);
    }

    private static string Text(JsonNode node) => node.GetValueKind() == System.Text.Json.JsonValueKind.Number
        ? node.GetValue<long>().ToString(CultureInfo.InvariantCulture)
        : node.GetValue<string>();

    private static LazadaException Malformed(JsonObject json, string field) =>
        new("malformed_response", "ISP", $"Lazada's answer has no {field}.", json["request_id"]?.GetValue<string>(), 200);

    private async Task<JsonObject> SendAsync(HttpMethod method, string baseUrl, string apiPath, IReadOnlyList<(string Key, string Value)> parameters, HttpContent? file, string? accessToken, CancellationToken cancellationToken)
    {
        // Waited for before the timestamp is taken, so a queued call is not signed stale.
        using var lease = await limits.AcquireAsync(Marketplace.Lazada, _options.AppKey, _options.RequestsPerSecond, cancellationToken);
        var system = new List<(string Key, string Value)>
        {
            ("app_key", _options.AppKey),
            ("timestamp", clock.GetUtcNow().ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture)),
            ("sign_method", "sha256"),
        };
        if (accessToken is not null)
        {
            system.Add(("access_token", accessToken));
        }

        var sign = LazadaSigner.Sign(apiPath, system.Concat(parameters).Select(p => KeyValuePair.Create(p.Key, (string?)p.Value)), _options.AppSecret);
        system.Add(("sign", sign));
        var inQuery = method == HttpMethod.Get ? system.Concat(parameters) : system;
        using var request = new HttpRequestMessage(method, $"{baseUrl.TrimEnd('/')}{apiPath}?{string.Join('&', inQuery.Select(p => $"{p.Key}={Uri.EscapeDataString(p.Value)}"))}");
        if (file is not null)
        {
            request.Content = file;
        }
        else if (method == HttpMethod.Post)
        {
            // The create guide asks for the payload in the body: a product's JSON is too long for a URL.
            request.Content = new FormUrlEncodedContent(parameters.Select(p => KeyValuePair.Create(p.Key, p.Value)));
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(_options.Timeout);
        HttpResponseMessage response;
        try
        {
            response = await http.SendAsync(request, timeout.Token);
        }
        catch (OperationCanceledException problem) when (!cancellationToken.IsCancellationRequested)
        {
            throw MarketplaceException.Timeout(Marketplace.Lazada, problem);
        }
        catch (HttpRequestException problem)
        {
            throw MarketplaceException.Network(Marketplace.Lazada, problem);
        }

        using (response)
        {
            return await ReadAsync(response, timeout.Token);
        }
    }

    private static async Task<JsonObject> ReadAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        JsonObject? json = null;
        try
        {
            json = JsonNode.Parse(await response.Content.ReadAsStringAsync(cancellationToken)) as JsonObject;
        }
        catch (System.Text.Json.JsonException)
        {
            // A proxy's HTML error page: reported below from the status code alone.
        }

        var code = json?["code"] is { } node ? Text(node) : null;
        if (response.IsSuccessStatusCode && json is not null && code == "0")
        {
            return json;
        }

        // Code 500 "Create product failed" names the real causes in detail[{field, message}].
        var details = json?["detail"] is JsonArray list ? list.Select(d => d?["message"]?.GetValue<string>()).OfType<string>() : [];
        var message = string.Join(" ", details.Prepend(json?["message"]?.GetValue<string>() ?? response.ReasonPhrase ?? ""));
        var status = (int)response.StatusCode;
        throw new LazadaException(
            code ?? (status == (int)HttpStatusCode.TooManyRequests ? "901" : "ServiceUnavailable"),
            json?["type"]?.GetValue<string>() ?? "SYSTEM",
            message,
            json?["request_id"]?.GetValue<string>(),
            status,
            response.Headers.RetryAfter?.Delta);
    }
}
