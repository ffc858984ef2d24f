using Microsoft.EntityFrameworkCore;
using ShopOnboard.Web.Data;
using ShopOnboard.Web.Features.Audit;
using ShopOnboard.Web.Infrastructure.Text;

namespace ShopOnboard.Web.Features.Payments;

/// <summary>
/// Bank-account changes, all audited. A team member proposes an account; it waits for the shop owner's
/// confirmation, and until then the storefront keeps showing the previous confirmed account (or none).
/// </summary>
public sealed class PaymentAccountChanges(ShopDbContext db, AuditLog audit, TimeProvider clock)
{
    public async Task ProposeAsync(int shopId, PaymentAccountForm form, string? userId, CancellationToken cancellationToken)
    {
        var unitPath = await db.Shops.Where(s => s.Id == shopId).Select(s => s.Village.Path).FirstAsync(cancellationToken);
        var waiting = await db.PaymentAccounts.Where(a => a.ShopId == shopId && a.Status == PaymentAccountStatus.AwaitingOwnerConfirmation).ToListAsync(cancellationToken);
        foreach (var stale in waiting)
        {
            // An unconfirmed proposal that is proposed again is simply superseded.
            stale.Status = PaymentAccountStatus.Replaced;
        }

        var account = new PaymentAccount
        {
            ShopId = shopId,
            BankBin = form.BankBin,
            AccountNumber = form.AccountNumber.Trim().ToUpperInvariant(),
            HolderName = VietnameseText.Fold(form.HolderName).Trim().ToUpperInvariant(),
            Status = PaymentAccountStatus.AwaitingOwnerConfirmation,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
            CreatedByUserId = userId,
        };
        db.PaymentAccounts.Add(account);
        var before = waiting.Select(a => new { a.BankBin, a.AccountNumber, a.HolderName }).FirstOrDefault();
        audit.Record("payment-account.propose", "Shop", shopId, unitPath, before, new { account.BankBin, account.AccountNumber, account.HolderName });
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>The owner confirms the waiting account: it becomes the active one, the old one is replaced.</summary>
    public async Task<bool> ConfirmAsync(int shopId, string ownerUserId, CancellationToken cancellationToken)
    {
        var accounts = await db.PaymentAccounts.Where(a => a.ShopId == shopId && a.Status != PaymentAccountStatus.Replaced).ToListAsync(cancellationToken);
        var waiting = accounts.Where(a => a.Status == PaymentAccountStatus.AwaitingOwnerConfirmation).OrderByDescending(a => a.Id).FirstOrDefault();
        if (waiting is null)
        {
            return false;
        }

        var previous = accounts.FirstOrDefault(a => a.Status == PaymentAccountStatus.Active);
        if (previous is not null)
        {
            previous.Status = PaymentAccountStatus.Replaced;
        }

        waiting.Status = PaymentAccountStatus.Active;
        waiting.ConfirmedAt = clock.GetUtcNow().UtcDateTime;
        waiting.ConfirmedByUserId = ownerUserId;
        var unitPath = await db.Shops.Where(s => s.Id == shopId).Select(s => s.Village.Path).FirstAsync(cancellationToken);
        audit.Record("payment-account.confirm", "Shop", shopId, unitPath,
            previous is null ? null : new { previous.BankBin, previous.AccountNumber, previous.HolderName },
            new { waiting.BankBin, waiting.AccountNumber, waiting.HolderName });
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }
}
