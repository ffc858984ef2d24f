using Microsoft.Extensions.DependencyInjection.Extensions;
using ShopOnboard.Web.Features.Payments.Banks;
using ShopOnboard.Web.Features.Payments.Stripe;
using ShopOnboard.Web.Features.Payments.Transfers;

namespace ShopOnboard.Web.Features.Payments;

public static class PaymentsModule
{
    public static WebApplicationBuilder AddPayments(this WebApplicationBuilder builder)
    {
        builder.Services.Configure<PaymentsOptions>(builder.Configuration.GetSection(PaymentsOptions.Section));
        // The shop setup registers these too; TryAdd keeps one registration whichever module runs first.
        builder.Services.TryAddSingleton<BankDirectory>();
        builder.Services.TryAddScoped<PaymentAccountChanges>();
        builder.Services.AddScoped<BankWebhookSecrets>();
        builder.Services.AddScoped<BankTransferRecorder>();
        builder.Services.AddScoped<PaymentInbox>();
        builder.AddStripe();

        builder.Services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.AddPolicy<string, PublicApiRateLimitPolicy>(PaymentRateLimits.PublicApi);
            limiter.AddPolicy<string, WebhookRateLimitPolicy>(PaymentRateLimits.Webhook);
        });
        return builder;
    }
}
