using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ShopOnboard.Web.Features.Shops;

namespace ShopOnboard.Web.Features.Payments;

/// <summary>
/// The bank account a shop is paid into (tài khoản nhận tiền). A new or changed account waits for the
/// shop owner's confirmation; the storefront only ever shows an <see cref="PaymentAccountStatus.Active"/> one.
/// </summary>
public class PaymentAccount
{
    public int Id { get; set; }
    public int ShopId { get; set; }
    public Shop Shop { get; set; } = null!;

    /// <summary>NAPAS bank identification number, six digits.</summary>
    public required string BankBin { get; set; }

    public required string AccountNumber { get; set; }
    public required string HolderName { get; set; }
    public PaymentAccountStatus Status { get; set; }
    public DateTime CreatedAt { get; set; }
    public string? CreatedByUserId { get; set; }
    public DateTime? ConfirmedAt { get; set; }
    public string? ConfirmedByUserId { get; set; }

    /// <summary>Which service reports transfers into this account (SePay or Casso); null when none is set up.</summary>
    public BankWebhookProvider? WebhookProvider { get; set; }

    /// <summary>
    /// The provider's API key (SePay) or checksum key (Casso), encrypted with Data Protection: whoever reads
    /// the database cannot forge a "paid" webhook.
    /// </summary>
    public string? WebhookSecretProtected { get; set; }

    public DateTime? WebhookSetAt { get; set; }
}

public enum BankWebhookProvider
{
    SePay,
    Casso,
}

public enum PaymentAccountStatus
{
    AwaitingOwnerConfirmation,
    Active,
    Replaced,
}

internal sealed class PaymentAccountConfiguration : IEntityTypeConfiguration<PaymentAccount>
{
    public void Configure(EntityTypeBuilder<PaymentAccount> account)
    {
        account.Property(a => a.BankBin).HasMaxLength(6).IsUnicode(false).IsFixedLength();
        account.Property(a => a.AccountNumber).HasMaxLength(19).IsUnicode(false);
        account.Property(a => a.HolderName).HasMaxLength(70);
        account.Property(a => a.WebhookSecretProtected).HasMaxLength(2000).IsUnicode(false);
        account.HasIndex(a => new { a.ShopId, a.Status });
        account.HasOne(a => a.Shop).WithMany().OnDelete(DeleteBehavior.Cascade);
    }
}
