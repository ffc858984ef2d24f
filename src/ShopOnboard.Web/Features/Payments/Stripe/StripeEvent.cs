using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ShopOnboard.Web.Features.Payments.Stripe;

/// <summary>
/// A Stripe event we acted on. Stripe delivers an event at least once, sometimes several times at the same
/// moment; the primary key on its id lets exactly one delivery do the work.
/// </summary>
public class StripeEvent
{
    /// <summary>Stripe's evt_… id.</summary>
    public required string Id { get; set; }

    public required string Type { get; set; }
    public DateTime ReceivedAt { get; set; }
}

internal sealed class StripeEventConfiguration : IEntityTypeConfiguration<StripeEvent>
{
    public void Configure(EntityTypeBuilder<StripeEvent> stripeEvent)
    {
        stripeEvent.HasKey(e => e.Id);
        stripeEvent.Property(e => e.Id).HasMaxLength(255).IsUnicode(false);
        stripeEvent.Property(e => e.Type).HasMaxLength(100).IsUnicode(false);
    }
}
