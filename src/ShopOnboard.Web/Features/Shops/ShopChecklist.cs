using Microsoft.EntityFrameworkCore;
using ShopOnboard.Web.Data;
using ShopOnboard.Web.Features.Payments;

namespace ShopOnboard.Web.Features.Shops;

public enum SetupStep
{
    Profile = 1,
    Payment = 2,
    Listing = 3,
    Marketplaces = 4,
    Publish = 5,
}

/// <summary>
/// Where a shop stands in its setup. Every step is read from the data itself (no separate progress
/// flags that could disagree), so the checklist resumes wherever the team member left off.
/// </summary>
public sealed record ShopChecklist(int ShopId, string ShopName, string Slug, int HouseholdId, bool Profile, bool Payment, bool Listing, bool Marketplaces, bool Published, string? ConsentGivenBy, ConsentMethod? ConsentMethod, DateTime? ConsentRecordedAt)
{
    public bool IsDone(SetupStep step) => step switch
    {
        SetupStep.Profile => Profile,
        SetupStep.Payment => Payment,
        SetupStep.Listing => Listing,
        SetupStep.Marketplaces => Marketplaces,
        SetupStep.Publish => Published,
        _ => false,
    };

    /// <summary>The steps that must be done before the shop can be published.</summary>
    public IEnumerable<SetupStep> MissingForPublish =>
        new[] { SetupStep.Profile, SetupStep.Payment, SetupStep.Listing }.Where(s => !IsDone(s));

    public SetupStep? Next => Enum.GetValues<SetupStep>().Cast<SetupStep?>().FirstOrDefault(s => !IsDone(s!.Value));

    public static Task<ShopChecklist?> LoadAsync(ShopDbContext db, int shopId, CancellationToken cancellationToken) =>
        db.Shops.Where(s => s.Id == shopId)
            .Select(s => new ShopChecklist(
                s.Id,
                s.Name,
                s.Slug,
                s.HouseholdId,
                s.Description != null && s.Phone != null,
                db.PaymentAccounts.Any(a => a.ShopId == s.Id && a.Status != PaymentAccountStatus.Replaced),
                db.Listings.Any(l => l.ShopId == s.Id && l.Photos.Any(p => p.Status == Listings.PhotoStatus.Ready)),
                s.MarketplacesDeferred || db.MarketplaceConnections.Any(c => c.ShopId == s.Id),
                s.Status == ShopStatus.Active,
                s.ConsentGivenBy,
                s.ConsentMethod,
                s.ConsentRecordedAt))
            .FirstOrDefaultAsync(cancellationToken);

    public static string Title(SetupStep step) => step switch
    {
        SetupStep.Profile => "Thông tin cửa hàng",
        SetupStep.Payment => "Tài khoản nhận tiền",
        SetupStep.Listing => "Sản phẩm đầu tiên",
        SetupStep.Marketplaces => "Liên kết sàn",
        SetupStep.Publish => "Mở bán",
        _ => step.ToString(),
    };

    public static string PathOf(SetupStep step) => step.ToString().ToLowerInvariant();
}
