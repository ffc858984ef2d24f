using System.ComponentModel.DataAnnotations;

namespace ShopOnboard.Web.Features.Payments.Transfers;

public sealed class BankWebhookForm
{
    /// <summary>Empty turns the webhook off.</summary>
    [Display(Name = "Dịch vụ báo tiền về")]
    public BankWebhookProvider? Provider { get; set; }

    [StringLength(200, ErrorMessage = "Khoá bí mật tối đa 200 ký tự.")]
    [Display(Name = "Khoá bí mật")]
    public string? Secret { get; set; }
}

public sealed record WebhookAccount(int Id, string BankShortName, string AccountNumber, string HolderName, BankWebhookProvider? Provider, DateTime? SetAt);

public sealed record WebhookSettingsPage(int ShopId, string ShopName, WebhookAccount? Account, string SePayUrl, string CassoUrl, BankWebhookForm Form);
