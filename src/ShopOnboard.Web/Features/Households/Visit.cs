using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ShopOnboard.Web.Features.Accounts;

namespace ShopOnboard.Web.Features.Households;

/// <summary>
/// A team member's visit to a household and what was done. Visits are the programme's training records:
/// a visit with any training activity marks the household as trained.
/// </summary>
public class Visit
{
    public int Id { get; set; }
    public int HouseholdId { get; set; }
    public Household Household { get; set; } = null!;
    public required string UserId { get; set; }
    public AppUser User { get; set; } = null!;
    public DateOnly VisitedOn { get; set; }
    public VisitActivities Activities { get; set; }
    public string? Note { get; set; }
    public DateTime CreatedAt { get; set; }
}

[Flags]
public enum VisitActivities
{
    None = 0,
    InstalledApp = 1,
    OpenedEPaymentAccount = 2,
    CreatedShop = 4,
    UpdatedShop = 8,
    TrainedTakingOrders = 16,
    TrainedPacking = 32,
    TrainedPhotos = 64,
    TrainedPayments = 128,
}

public static class VisitActivitiesExtensions
{
    public const VisitActivities Training =
        VisitActivities.TrainedTakingOrders | VisitActivities.TrainedPacking | VisitActivities.TrainedPhotos | VisitActivities.TrainedPayments;

    public static bool IsTraining(this VisitActivities activities) => (activities & Training) != 0;
}

internal sealed class VisitConfiguration : IEntityTypeConfiguration<Visit>
{
    public void Configure(EntityTypeBuilder<Visit> visit)
    {
        // Flags are stored as their number: the enum-as-name convention cannot hold a combination.
        visit.Property(v => v.Activities).HasConversion<int>();
        visit.Property(v => v.Note).HasMaxLength(1000);
        visit.HasIndex(v => new { v.HouseholdId, v.VisitedOn });
        visit.HasIndex(v => v.UserId);
        visit.HasOne(v => v.Household).WithMany().OnDelete(DeleteBehavior.Cascade);
        visit.HasOne(v => v.User).WithMany().OnDelete(DeleteBehavior.Restrict);
    }
}
