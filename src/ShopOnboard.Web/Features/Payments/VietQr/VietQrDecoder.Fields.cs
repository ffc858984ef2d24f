using System.Globalization;
using static ShopOnboard.Web.Features.Payments.VietQr.VietQrFields;

namespace ShopOnboard.Web.Features.Payments.VietQr;

/// <summary>The rules for single fields: tag 38 (who is paid), 54 (how much) and 62 (memo and references).</summary>
public static partial class VietQrDecoder
{
    private static VietQrDecodeResult? ReadBeneficiary(Structure s)
    {
        if (s.MerchantAccount is null)
        {
            return Fail(VietQrError.NotVietQr, MerchantAccount,
                "There is no NAPAS template 38; this is not a VietQR transfer code (perhaps another scheme's code).");
        }

        var guid = Tlv.Find(s.MerchantAccount, GuidTag);
        if (guid is null)
        {
            return Missing("38/00", "NAPAS GUID");
        }

        if (guid != NapasGuid)
        {
            return Fail(VietQrError.NotVietQr, "38/00", $"Template 38 belongs to '{guid}', not NAPAS ({NapasGuid}).");
        }

        if (s.Beneficiary is null)
        {
            return Missing("38/01", "beneficiary organisation");
        }

        // NAPAS defines only the BIN and the account here; a service code nested at this level (a known
        // generator bug) means the code was built wrong, and banks will not find the service code.
        if (s.Beneficiary.Find(f => f.Tag is not (Bin or AccountNumber)) is { Tag: { } extra })
        {
            return Fail(VietQrError.InvalidMerchantAccountInfo, "38/01/" + extra,
                $"Template 38/01 may hold only IDs 00 and 01, but has {extra}.");
        }

        var bin = Tlv.Find(s.Beneficiary, Bin);
        if (bin is null)
        {
            return Missing("38/01/00", "bank BIN");
        }

        if (bin.Length != BinLength || !Tlv.IsDigits(bin))
        {
            return Fail(VietQrError.InvalidBin, "38/01/00", $"The bank BIN '{bin}' is not six digits.");
        }

        // Letters are legitimate: ZaloPay, MoMo and TPBank alias accounts contain them.
        var account = Tlv.Find(s.Beneficiary, AccountNumber);
        if (account is null)
        {
            return Missing("38/01/01", "account or card number");
        }

        if (account.Length > MaxAccountLength)
        {
            return Fail(VietQrError.InvalidAccountNumber, "38/01/01",
                $"The account number has {account.Length} characters; NAPAS allows {MaxAccountLength}.");
        }

        var service = Tlv.Find(s.MerchantAccount, ServiceCode);
        if (service is null)
        {
            return Fail(VietQrError.NotATransferCode, "38/02",
                "There is no service code: this is a merchant (QRPUSH) payment code, not a transfer to an account.");
        }

        return service is ToAccount or ToCard
            ? null
            : Fail(VietQrError.UnsupportedService, "38/02", $"Service code '{service}' is not a transfer (QRIBFTTA or QRIBFTTC).");
    }

    /// <summary>
    /// Digits with at most one trailing "." (S1 §5.2.6 allows "50000."), non-zero, ≤ 13 characters. VND has
    /// no minor unit, so digits after the point are an error, not something to round away.
    /// </summary>
    private static VietQrDecodeResult? ReadAmount(string? text, out long? amount)
    {
        amount = null;
        if (text is null)
        {
            return null;
        }

        var digits = text.EndsWith('.') ? text[..^1] : text;
        if (text.Length > MaxAmountLength || !Tlv.IsDigits(digits))
        {
            var why = text.Contains('.', StringComparison.Ordinal) && Tlv.IsDigits(text.Replace(".", "", StringComparison.Ordinal))
                ? "VND has no decimals"
                : "only digits are allowed, at most 13 characters";
            return Fail(VietQrError.InvalidAmount, Amount, $"Amount '{text}' is invalid: {why}.");
        }

        var value = long.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);
        if (value == 0)
        {
            return Fail(VietQrError.InvalidAmount, Amount, "Amount is zero; a code without an amount leaves out ID 54.");
        }

        amount = value;
        return null;
    }

    private static VietQrDecodeResult? CheckAdditionalData(List<TlvField>? fields)
    {
        foreach (var (tag, value) in fields ?? [])
        {
            // 01–08 are the ANS labels (bill, mobile, store, loyalty, reference, customer, terminal, purpose).
            if (tag is ['0', >= '1' and <= '8'] && value.Length > MaxAdditionalDataLength)
            {
                return Fail(VietQrError.InvalidAdditionalData, "62/" + tag,
                    $"Field 62/{tag} has {value.Length} characters; NAPAS allows {MaxAdditionalDataLength}.");
            }

            // 09 asks the payer's app for Address, Mobile, Email: each letter at most once.
            if (tag == ConsumerDataRequest
                && (value.Length > 3 || value.Any(c => c is not ('A' or 'M' or 'E')) || value.Distinct().Count() != value.Length))
            {
                return Fail(VietQrError.InvalidAdditionalData, "62/09",
                    $"Consumer data request '{value}' must be A, M and/or E, each at most once.");
            }
        }

        return null;
    }
}
