using Microsoft.EntityFrameworkCore;
using ShopOnboard.Web.Data;
using ShopOnboard.Web.Infrastructure.Text;

namespace ShopOnboard.Web.Features.Households;

/// <summary>A problem with one field of a household, in words a team member understands.</summary>
public sealed record FieldError(string Field, string Message);

/// <summary>Adds and edits households of a village, with the checks a form and an import share.</summary>
public sealed class HouseholdRegister(ShopDbContext db, TimeProvider clock)
{
    public const string PhoneFormatMessage = "Số điện thoại phải là số di động 10 chữ số, ví dụ 0912 345 678.";
    public const string PhoneTakenMessage = "Số điện thoại này đã có ở một hộ khác trong thôn.";

    /// <summary>Checks the phone (format, not used by another household of the village); null when fine.</summary>
    public async Task<FieldError?> CheckPhoneAsync(int villageId, string? phone, int? householdId, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(phone))
        {
            return null;
        }

        var normalized = VietnamesePhone.Normalize(phone);
        if (normalized is null)
        {
            return new FieldError(nameof(HouseholdForm.Phone), PhoneFormatMessage);
        }

        var taken = await db.Households.AnyAsync(h => h.VillageId == villageId && h.Phone == normalized && h.Id != householdId, cancellationToken);
        return taken ? new FieldError(nameof(HouseholdForm.Phone), PhoneTakenMessage) : null;
    }

    public async Task<Household> AddAsync(int villageId, HouseholdForm form, CancellationToken cancellationToken)
    {
        var household = new Household { VillageId = villageId, HeadName = "", CreatedAt = clock.GetUtcNow().UtcDateTime };
        Apply(form, household);
        db.Households.Add(household);
        await db.SaveChangesAsync(cancellationToken);
        return household;
    }

    public async Task UpdateAsync(Household household, HouseholdForm form, CancellationToken cancellationToken)
    {
        Apply(form, household);
        await db.SaveChangesAsync(cancellationToken);
    }

    public static void Apply(HouseholdForm form, Household household)
    {
        household.HeadName = form.HeadName.Trim();
        household.HeadNameSearch = VietnameseText.Fold(household.HeadName);
        household.Phone = VietnamesePhone.Normalize(form.Phone);
        household.MembersCount = form.MembersCount;
        household.Notes = string.IsNullOrWhiteSpace(form.Notes) ? null : form.Notes.Trim();
        household.HasDigitalShop = form.HasDigitalShop;
        household.HasEPaymentAccount = form.HasEPaymentAccount;
        household.IsTrained = form.IsTrained;
    }
}
