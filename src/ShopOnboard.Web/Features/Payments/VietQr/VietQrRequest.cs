namespace ShopOnboard.Web.Features.Payments.VietQr;

/// <summary>Where a NAPAS 247 transfer goes: service code 38/02.</summary>
public enum VietQrService
{
    /// <summary>QRIBFTTA: transfer to a bank or wallet account.</summary>
    Account,

    /// <summary>QRIBFTTC: transfer to a domestic (9704…) card number.</summary>
    Card,
}

/// <summary>
/// What to put in a VietQR transfer code. With an <see cref="Amount"/> the code is dynamic (point of
/// initiation 12, one order); without, static (11, the shop's reusable code; the payer types the amount).
/// </summary>
/// <param name="Bin">The bank's six-digit NAPAS BIN, e.g. "970422" (see napas-banks.json).</param>
/// <param name="AccountNumber">Account (ASCII letters and digits: wallets use letters) or card number, ≤ 19.</param>
public sealed record VietQrRequest(string Bin, string AccountNumber)
{
    public VietQrService Service { get; init; } = VietQrService.Account;

    /// <summary>Whole đồng, at least 1. Null for a static shop code.</summary>
    public long? Amount { get; init; }

    /// <summary>Transfer memo (62/08). Folded to ASCII and cut to 25 characters; put the order code first.</summary>
    public string? Purpose { get; init; }

    /// <summary>Bill number (62/01), as in the NAPAS worked examples; most apps do not show it.</summary>
    public string? BillNumber { get; init; }

    /// <summary>The shop's reusable code: no amount, no memo.</summary>
    public static VietQrRequest ForShop(string bin, string accountNumber) => new(bin, accountNumber);

    /// <summary>A one-order code: fixed amount and a memo such as "DH1234" to match the transfer to the order.</summary>
    public static VietQrRequest ForOrder(string bin, string accountNumber, long amount, string purpose) =>
        new(bin, accountNumber) { Amount = amount, Purpose = purpose };
}
