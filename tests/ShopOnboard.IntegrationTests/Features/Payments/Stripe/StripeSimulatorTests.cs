using Stripe;
using Stripe.Checkout;

namespace ShopOnboard.IntegrationTests.Features.Payments.Stripe;

/// <summary>The simulator refuses what Stripe would refuse, in Stripe's error shape, as Stripe.net reads it.</summary>
[Collection(StripeTests.Name)]
public class StripeSimulatorTests(StripeApp app)
{
    private SessionService Sessions(string key = StripeSimulator.SecretKey) =>
        new(new StripeClient(key, apiBase: app.Simulator.BaseUrl));

    private static SessionCreateOptions Valid(string currency = "vnd", long amount = 45000) => new()
    {
        Mode = "payment",
        SuccessUrl = "https://example.vn/ok",
        CancelUrl = "https://example.vn/back",
        LineItems =
        [
            new SessionLineItemOptions
            {
                Quantity = 1,
                PriceData = new SessionLineItemPriceDataOptions { Currency = currency, UnitAmount = amount, ProductData = new() { Name = "Gạo ST25" } },
            },
        ],
    };

    [Theory]
    [InlineData("VND", 45000, "line_items[0][price_data][currency]")]
    [InlineData("usd", 45000, "line_items[0][price_data][currency]")]
    [InlineData("vnd", 0, "line_items[0][price_data][unit_amount]")]
    public async Task CreateSession_WhatStripeRefuses_InvalidRequestErrorWithParam(string currency, long amount, string param)
    {
        var problem = await Assert.ThrowsAsync<StripeException>(() => Sessions().CreateAsync(Valid(currency, amount)));

        Assert.Equal(400, (int)problem.HttpStatusCode);
        Assert.Equal("invalid_request_error", problem.StripeError.Type);
        Assert.Equal(param, problem.StripeError.Param);
    }

    [Fact]
    public async Task CreateSession_NoCancelUrl_Refused()
    {
        var options = Valid();
        options.CancelUrl = null;

        var problem = await Assert.ThrowsAsync<StripeException>(() => Sessions().CreateAsync(options));

        Assert.Equal("cancel_url", problem.StripeError.Param);
    }

    [Fact]
    public async Task CreateSession_WrongKey_Unauthorized()
    {
        var problem = await Assert.ThrowsAsync<StripeException>(() => Sessions("sk_test_wrong").CreateAsync(Valid()));

        Assert.Equal(401, (int)problem.HttpStatusCode);
    }

    [Fact]
    public async Task CreateRefund_NoPaymentIntent_Refused()
    {
        var refunds = new RefundService(new StripeClient(StripeSimulator.SecretKey, apiBase: app.Simulator.BaseUrl));

        var problem = await Assert.ThrowsAsync<StripeException>(() => refunds.CreateAsync(new RefundCreateOptions()));

        Assert.Equal("payment_intent", problem.StripeError.Param);
    }
}
