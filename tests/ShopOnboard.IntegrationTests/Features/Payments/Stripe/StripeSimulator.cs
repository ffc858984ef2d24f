using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace ShopOnboard.IntegrationTests.Features.Payments.Stripe;

/// <summary>
/// A local stand-in for the part of Stripe's API the app uses, on a random loopback port: create and read a
/// Checkout Session, create a refund. It checks requests the way Stripe documents them (form-encoded, Bearer
/// sk_ key, lower-case currency, integer amounts of a zero-decimal currency) and answers errors in Stripe's
/// shape, so the app's real Stripe.net client is what gets tested. It also plays the buyer (completing a
/// session) and signs webhook events as Stripe does, from the documented scheme rather than from Stripe.net.
/// </summary>
public sealed partial class StripeSimulator : IAsyncDisposable
{
    public const string SecretKey = "sk_test_simulator_shoponboard";
    public const string WebhookSecret = "whsec_simulator_shoponboard";

    private readonly ConcurrentDictionary<string, JsonObject> _sessions = new();
    private readonly ConcurrentDictionary<string, long> _paymentIntents = new();
    private readonly ConcurrentDictionary<string, JsonObject> _byIdempotencyKey = new();
    private readonly HashSet<string> _refunded = [];
    private readonly Lock _gate = new();
    private WebApplication? _app;

    public string BaseUrl { get; private set; } = "";

    /// <summary>Every session-create request's form fields, as received.</summary>
    public ConcurrentQueue<IReadOnlyDictionary<string, string>> SessionRequests { get; } = new();

    public ConcurrentQueue<JsonObject> Refunds { get; } = new();

    public async Task StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        // Nothing from the test folder's appsettings or the environment: the simulator is the same everywhere.
        builder.Configuration.Sources.Clear();
        builder.Configuration.AddInMemoryCollection();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        _app = builder.Build();
        _app.MapPost("/v1/checkout/sessions", CreateSessionAsync);
        _app.MapGet("/v1/checkout/sessions/{id}", GetSession);
        _app.MapPost("/v1/refunds", CreateRefundAsync);
        _app.MapGet("/c/pay/{id}", (string id) => Results.Content($"<!doctype html><title>Stripe simulator</title><p>Checkout {id}</p>", "text/html"));
        await _app.StartAsync();
        BaseUrl = _app.Urls.First();
    }

    private async Task<IResult> CreateSessionAsync(HttpRequest request)
    {
        if (Authenticate(request) is { } denied)
        {
            return denied;
        }

        if (!request.HasFormContentType)
        {
            return Error(400, "Stripe's API takes form-encoded bodies.", null);
        }

        var form = (await request.ReadFormAsync()).ToDictionary(f => f.Key, f => f.Value.ToString(), StringComparer.Ordinal);
        SessionRequests.Enqueue(form);
        if (Idempotent(request, "sessions") is { } replay)
        {
            return Results.Json(replay);
        }

        if (!form.TryGetValue("mode", out var mode))
        {
            return Missing("mode");
        }

        if (mode != "payment")
        {
            return Error(400, $"Invalid mode: {mode}. This simulator takes only payment.", "mode");
        }

        foreach (var name in new[] { "success_url", "cancel_url" })
        {
            if (!form.TryGetValue(name, out var url) || url.Length == 0)
            {
                return Missing(name);
            }

            if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
            {
                return Error(400, "Not a valid URL", name);
            }
        }

        var total = 0L;
        var indexes = form.Keys.Select(k => LineIndex().Match(k)).Where(m => m.Success)
            .Select(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)).Distinct().Order().ToList();
        if (indexes.Count == 0)
        {
            return Missing("line_items");
        }

        foreach (var i in indexes)
        {
            var p = $"line_items[{i}]";
            if (LineProblem(form, p, out var lineTotal) is { } problem)
            {
                return problem;
            }

            total += lineTotal;
        }

        var id = "cs_test_" + NewId();
        var metadata = new JsonObject();
        foreach (var (key, value) in form.Where(f => f.Key.StartsWith("metadata[", StringComparison.Ordinal)))
        {
            metadata[key["metadata[".Length..^1]] = value;
        }

        var session = new JsonObject
        {
            ["id"] = id,
            ["object"] = "checkout.session",
            ["mode"] = "payment",
            ["status"] = "open",
            ["payment_status"] = "unpaid",
            ["amount_subtotal"] = total,
            ["amount_total"] = total,
            ["currency"] = "vnd",
            ["client_reference_id"] = form.GetValueOrDefault("client_reference_id"),
            ["metadata"] = metadata,
            ["payment_intent"] = null,
            ["success_url"] = form["success_url"],
            ["cancel_url"] = form["cancel_url"],
            ["url"] = $"{BaseUrl}/c/pay/{id}",
            ["livemode"] = false,
            ["created"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds(),
            ["expires_at"] = DateTimeOffset.UtcNow.AddHours(24).ToUnixTimeSeconds(),
        };
        _sessions[id] = session;
        Remember(request, "sessions", session);
        return Results.Json(session);
    }

    private static IResult? LineProblem(Dictionary<string, string> form, string p, out long lineTotal)
    {
        lineTotal = 0;
        var currency = form.GetValueOrDefault($"{p}[price_data][currency]");
        if (currency is null)
        {
            return Missing($"{p}[price_data][currency]");
        }

        // Stripe's currency codes are lower-case ISO 4217; VND is zero-decimal, so amounts are whole đồng.
        if (currency != "vnd")
        {
            return Error(400, $"Invalid currency: {currency}. Use the lower-case ISO code; this simulator takes only vnd.", $"{p}[price_data][currency]");
        }

        var amountText = form.GetValueOrDefault($"{p}[price_data][unit_amount]");
        if (amountText is null)
        {
            return Missing($"{p}[price_data][unit_amount]");
        }

        if (!long.TryParse(amountText, NumberStyles.None, CultureInfo.InvariantCulture, out var amount))
        {
            return Error(400, $"Invalid integer: {amountText}", $"{p}[price_data][unit_amount]");
        }

        if (amount <= 0)
        {
            return Error(400, "This value must be greater than or equal to 1.", $"{p}[price_data][unit_amount]");
        }

        if (!long.TryParse(form.GetValueOrDefault($"{p}[quantity]"), NumberStyles.None, CultureInfo.InvariantCulture, out var quantity) || quantity < 1)
        {
            return Error(400, "Invalid quantity: must be an integer of at least 1.", $"{p}[quantity]");
        }

        if (string.IsNullOrWhiteSpace(form.GetValueOrDefault($"{p}[price_data][product_data][name]")))
        {
            return Missing($"{p}[price_data][product_data][name]");
        }

        lineTotal = amount * quantity;
        return null;
    }

    private IResult GetSession(string id, HttpRequest request)
    {
        if (Authenticate(request) is { } denied)
        {
            return denied;
        }

        lock (_gate)
        {
            return _sessions.TryGetValue(id, out var session)
                ? Results.Json(session.DeepClone())
                : Error(404, $"No such checkout.session: '{id}'", "session", "resource_missing");
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }

    [GeneratedRegex(@"^line_items\[(\d+)\]")]
    private static partial Regex LineIndex();
}
