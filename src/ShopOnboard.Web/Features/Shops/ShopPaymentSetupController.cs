using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using ShopOnboard.Web.Data;
using ShopOnboard.Web.Features.Payments;
using ShopOnboard.Web.Features.Payments.Banks;
using ShopOnboard.Web.Features.Payments.Qr;
using ShopOnboard.Web.Features.Payments.VietQr;
using ShopOnboard.Web.Infrastructure.Authorization;
using ShopOnboard.Web.Infrastructure.Localization;

namespace ShopOnboard.Web.Features.Shops;

/// <summary>
/// Step 2: the bank account buyers pay into. Scanning the farmer's own VietQR fills bank and account
/// without typing; the account stays "waiting" until the owner confirms it on their phone.
/// </summary>
[Route("shops/{shopId:int}/setup/payment")]
public sealed class ShopPaymentSetupController(
    ShopDbContext db,
    BankDirectory banks,
    PaymentAccountChanges changes,
    IStringLocalizer<SharedResource> text) : Controller
{
    [HttpGet("")]
    [Authorize(Policy = Policies.ManageShop)]
    public async Task<IActionResult> Index(int shopId, CancellationToken cancellationToken)
    {
        var current = await db.PaymentAccounts.Where(a => a.ShopId == shopId && a.Status != PaymentAccountStatus.Replaced)
            .OrderByDescending(a => a.Id).FirstOrDefaultAsync(cancellationToken);
        var form = current is null
            ? new PaymentAccountForm()
            : new PaymentAccountForm { BankBin = current.BankBin, AccountNumber = current.AccountNumber, HolderName = current.HolderName };
        return Page(shopId, form, current?.Status);
    }

    /// <summary>
    /// "Scan to fill": the text of the farmer's own VietQR (from a scanner app), or a picture of it — a photo
    /// taken with the phone's camera or a screenshot of the banking app.
    /// </summary>
    [HttpPost("scan")]
    [Authorize(Policy = Policies.ManageShop)]
    [ValidateAntiForgeryToken]
    [RequestSizeLimit(VietQrPicture.MaxImageBytes + (64 * 1024))]
    [RequestFormLimits(MultipartBodyLengthLimit = VietQrPicture.MaxImageBytes + (64 * 1024))]
    public async Task<IActionResult> Scan(int shopId, [Bind(Prefix = nameof(PaymentSetupPage.Form))] PaymentAccountForm form, IFormFile? picture, CancellationToken cancellationToken)
    {
        ModelState.Clear();
        if (picture is { Length: > 0 })
        {
            var (payload, problem) = await VietQrPicture.ReadAsync(picture, cancellationToken);
            if (problem is not null)
            {
                ModelState.AddModelError("Form.ScannedPayload", text[problem]);
                return Page(shopId, form, null);
            }

            form.ScannedPayload = payload;
        }

        var decoded = VietQrDecoder.Decode(form.ScannedPayload);
        if (decoded.Code is { } code && banks.Find(code.Bin) is not null)
        {
            form.BankBin = code.Bin;
            form.AccountNumber = code.AccountNumber;
            ViewData["Scanned"] = text["Đã đọc mã: {0}, tài khoản {1}. Hãy kiểm tra tên chủ tài khoản.", banks.Find(code.Bin)!.ShortName, code.AccountNumber].Value;
        }
        else
        {
            ModelState.AddModelError("Form.ScannedPayload", decoded.IsSuccess
                ? text["Mã QR của ngân hàng chưa có trong danh sách NAPAS."]
                : text["Không đọc được mã VietQR này. Hãy quét lại mã trong ứng dụng ngân hàng của chủ hộ."]);
        }

        return Page(shopId, form, null);
    }

    [HttpPost("")]
    [Authorize(Policy = Policies.ManageShop)]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Save(int shopId, [Bind(Prefix = nameof(PaymentSetupPage.Form))] PaymentAccountForm form, CancellationToken cancellationToken)
    {
        if (banks.Find(form.BankBin) is null)
        {
            ModelState.AddModelError("Form.BankBin", text["Hãy chọn ngân hàng trong danh sách."]);
        }

        if (!ModelState.IsValid)
        {
            return Page(shopId, form, null);
        }

        await changes.ProposeAsync(shopId, form, User.FindFirstValue(ClaimTypes.NameIdentifier), cancellationToken);
        return Redirect($"/shops/{shopId}/setup/listing");
    }

    private ViewResult Page(int shopId, PaymentAccountForm form, PaymentAccountStatus? status) =>
        View("Payment", new PaymentSetupPage(shopId, form, banks.All, status));
}

public sealed record PaymentSetupPage(int ShopId, PaymentAccountForm Form, IReadOnlyList<Bank> Banks, PaymentAccountStatus? Status);
