namespace ShopOnboard.Web.Features.Payments.Transfers;

/// <summary>A transfer into a shop's account as a provider reported it, already authenticated.</summary>
/// <param name="Provider">"sepay" or "casso", as stored in <see cref="Payment.Provider"/>.</param>
/// <param name="TransactionId">The provider's own id of the transaction: the key that makes replays harmless.</param>
/// <param name="AmountVnd">Whole đồng; zero or less means money going out, which is not ours to record.</param>
/// <param name="Text">The transfer text (nội dung chuyển khoản) the buyer wrote, where the order code is.</param>
public sealed record IncomingTransfer(string Provider, string TransactionId, long AmountVnd, string? Text)
{
    public const string SePay = "sepay";
    public const string Casso = "casso";
}

public enum TransferOutcome
{
    Recorded,

    /// <summary>Already recorded: a retry or a concurrent duplicate delivery.</summary>
    Duplicate,

    /// <summary>Not a payment to us (outgoing or zero); acknowledged and dropped.</summary>
    Ignored,
}
