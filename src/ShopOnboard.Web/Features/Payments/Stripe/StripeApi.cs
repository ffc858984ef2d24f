using Microsoft.Extensions.Options;
using Stripe;

namespace ShopOnboard.Web.Features.Payments.Stripe;

/// <summary>
/// The one Stripe.net client of the app and whether cards are on. The client is built on first use, so an
/// app without keys never constructs it; only the base URL differs between Stripe and the test simulator.
/// </summary>
public sealed class StripeApi : IDisposable
{
    private readonly StripeOptions _options;
    private readonly HttpClient _http;
    private readonly Lazy<IStripeClient> _client;

    public StripeApi(IOptions<StripeOptions> options)
    {
        _options = options.Value;
        // A long-lived client must still notice DNS changes, hence the pooled-connection lifetime.
        _http = new HttpClient(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
        {
            Timeout = TimeSpan.FromSeconds(30),
        };
        _client = new Lazy<IStripeClient>(() => new StripeClient(
            _options.SecretKey,
            httpClient: new SystemNetHttpClient(_http, maxNetworkRetries: 2, appInfo: null, enableTelemetry: false),
            apiBase: _options.ApiBase.TrimEnd('/')));
    }

    public bool IsEnabled => _options.IsEnabled;

    public string WebhookSecret => _options.WebhookSecret ?? "";

    public IStripeClient Client => IsEnabled ? _client.Value : throw new InvalidOperationException("Stripe is not configured.");

    /// <summary>Lets a page's forms lead to Stripe's Checkout (see <see cref="Infrastructure.Web.SecurityHeaders.AllowFormActions"/>).</summary>
    public void AllowCheckoutRedirect(HttpResponse response)
    {
        if (IsEnabled)
        {
            Infrastructure.Web.SecurityHeaders.AllowFormActions(response, [_options.CheckoutOrigin]);
        }
    }

    public void Dispose() => _http.Dispose();
}
