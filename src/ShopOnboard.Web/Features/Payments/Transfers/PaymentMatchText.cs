namespace ShopOnboard.Web.Features.Payments.Transfers;

/// <summary>The Vietnamese words for how a transfer matched its order; English comes from the resource file.</summary>
public static class PaymentMatchText
{
    public const string Matched = "Khớp đơn";
    public const string Underpaid = "Chuyển thiếu";
    public const string Overpaid = "Chuyển thừa";
    public const string Unmatched = "Chưa rõ đơn nào";

    public static string Of(PaymentMatch match) => match switch
    {
        PaymentMatch.Matched => Matched,
        PaymentMatch.Underpaid => Underpaid,
        PaymentMatch.Overpaid => Overpaid,
        _ => Unmatched,
    };
}
