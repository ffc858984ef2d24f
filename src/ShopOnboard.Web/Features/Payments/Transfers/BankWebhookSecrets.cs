using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using ShopOnboard.Web.Data;
using ShopOnboard.Web.Features.Audit;

namespace ShopOnboard.Web.Features.Payments.Transfers;

/// <summary>The webhook key of a bank account, as the webhook endpoints need it.</summary>
public sealed record WebhookKey(int PaymentAccountId, int ShopId, string Secret);

/// <summary>
/// Keeps each account's SePay API key or Casso checksum key encrypted with Data Protection. The key is
/// written once and never shown again: the form only says that one is set.
/// </summary>
public sealed partial class BankWebhookSecrets(
    ShopDbContext db, IDataProtectionProvider protection, AuditLog audit, TimeProvider clock, ILogger<BankWebhookSecrets> logger)
{
    public const string Purpose = "ShopOnboard.BankWebhooks";

    private readonly IDataProtector _protector = protection.CreateProtector(Purpose);

    /// <summary>The key for a call to <c>/webhooks/{provider}/{paymentAccountId}</c>; null when that account has none for that provider.</summary>
    public async Task<WebhookKey?> FindAsync(int paymentAccountId, BankWebhookProvider provider, CancellationToken cancellationToken)
    {
        var account = await db.PaymentAccounts.AsNoTracking()
            .Where(a => a.Id == paymentAccountId && a.WebhookProvider == provider && a.WebhookSecretProtected != null)
            .Select(a => new { a.Id, a.ShopId, a.WebhookSecretProtected })
            .FirstOrDefaultAsync(cancellationToken);
        if (account is null)
        {
            return null;
        }

        try
        {
            return new WebhookKey(account.Id, account.ShopId, _protector.Unprotect(account.WebhookSecretProtected!));
        }
        catch (CryptographicException)
        {
            // The key ring was lost or replaced: every call fails until someone enters the key again.
            LogUnreadableSecret(logger, paymentAccountId);
            return null;
        }
    }

    /// <summary>Sets or clears (null provider) the account's webhook; a blank secret keeps the one already stored.</summary>
    public async Task SetAsync(int paymentAccountId, BankWebhookProvider? provider, string? secret, CancellationToken cancellationToken)
    {
        var account = await db.PaymentAccounts.Include(a => a.Shop).ThenInclude(s => s.Village)
            .FirstAsync(a => a.Id == paymentAccountId, cancellationToken);
        var before = account.WebhookProvider?.ToString();
        account.WebhookProvider = provider;
        if (provider is null)
        {
            account.WebhookSecretProtected = null;
        }
        else if (!string.IsNullOrWhiteSpace(secret))
        {
            account.WebhookSecretProtected = _protector.Protect(secret.Trim());
        }

        account.WebhookSetAt = clock.GetUtcNow().UtcDateTime;
        // The secret itself never goes to the audit log, only whether it changed.
        audit.Record("payment-account.webhook", "PaymentAccount", account.Id, account.Shop.Village.Path,
            new { Provider = before }, new { Provider = provider?.ToString(), SecretChanged = !string.IsNullOrWhiteSpace(secret) });
        await db.SaveChangesAsync(cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The webhook key of payment account {PaymentAccountId} cannot be decrypted; it must be entered again")]
    private static partial void LogUnreadableSecret(ILogger logger, int paymentAccountId);
}
