using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ShopOnboard.Web.Features.Orders;

namespace ShopOnboard.Web.Features.Payments;

/// <summary>
/// Money received for an order: a bank transfer reported by a webhook, a card payment, or cash
/// collected on delivery. (Provider, ProviderTransactionId) is unique, so a replayed webhook is
/// recorded once.
/// </summary>
public class Payment
{
    public int Id { get; set; }
    public int? OrderId { get; set; }
    public Order? Order { get; set; }
    public PaymentMethod Method { get; set; }

    /// <summary>The shop's bank account a transfer arrived in; how an unmatched transfer finds its shop's inbox.</summary>
    public int? PaymentAccountId { get; set; }
    public PaymentAccount? PaymentAccount { get; set; }

    /// <summary>Who reported it: "sepay", "casso", "stripe", "cash".</summary>
    public required string Provider { get; set; }

    public required string ProviderTransactionId { get; set; }
    public long AmountVnd { get; set; }
    public string? TransferText { get; set; }
    public PaymentMatch Match { get; set; }
    public DateTime ReceivedAt { get; set; }

    /// <summary>When a person matched or checked it by hand; it then leaves the shop's payment inbox.</summary>
    public DateTime? ReviewedAt { get; set; }
    public string? ReviewedByUserId { get; set; }
}

public enum PaymentMethod
{
    BankTransfer,
    Card,
    Cash,
}

public enum PaymentMatch
{
    Matched,
    Underpaid,
    Overpaid,
    Unmatched,
}

internal sealed class PaymentConfiguration : IEntityTypeConfiguration<Payment>
{
    public void Configure(EntityTypeBuilder<Payment> payment)
    {
        payment.Property(p => p.Provider).HasMaxLength(20).IsUnicode(false);
        payment.Property(p => p.ProviderTransactionId).HasMaxLength(100).IsUnicode(false);
        payment.Property(p => p.TransferText).HasMaxLength(500);
        payment.HasIndex(p => new { p.Provider, p.ProviderTransactionId }).IsUnique();
        payment.HasIndex(p => p.OrderId);
        payment.HasIndex(p => new { p.PaymentAccountId, p.ReviewedAt });
        payment.HasOne(p => p.PaymentAccount).WithMany().OnDelete(DeleteBehavior.SetNull);
        payment.HasOne(p => p.Order).WithMany().OnDelete(DeleteBehavior.SetNull);
    }
}
