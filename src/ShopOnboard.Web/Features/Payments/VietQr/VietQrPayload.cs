using System.Globalization;
using System.Text;

namespace ShopOnboard.Web.Features.Payments.VietQr;

/// <summary>
/// Builds the text of a VietQR (NAPAS 247 transfer) code. Field order follows the NAPAS worked examples
/// (00, 01, 38, 53, 54, 58, 62, 63) so that our output matches them character for character.
/// </summary>
public static class VietQrPayload
{
    /// <exception cref="ArgumentException">The request cannot make a valid code (bad BIN, account or amount).</exception>
    public static string Encode(VietQrRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        Validate(request);

        var beneficiary = new StringBuilder();
        Tlv.Write(beneficiary, VietQrFields.Bin, request.Bin);
        Tlv.Write(beneficiary, VietQrFields.AccountNumber, request.AccountNumber);

        var merchantAccount = new StringBuilder();
        Tlv.Write(merchantAccount, VietQrFields.GuidTag, VietQrFields.NapasGuid);
        Tlv.Write(merchantAccount, VietQrFields.Beneficiary, beneficiary.ToString());
        Tlv.Write(merchantAccount, VietQrFields.ServiceCode,
            request.Service == VietQrService.Card ? VietQrFields.ToCard : VietQrFields.ToAccount);

        var payload = new StringBuilder(160);
        Tlv.Write(payload, VietQrFields.PayloadFormat, VietQrFields.PayloadFormatValue);
        // NAPAS defines 12 as "for one transaction"; an order code carries its amount, a shop code never does.
        Tlv.Write(payload, VietQrFields.PointOfInitiation,
            request.Amount is null ? VietQrFields.StaticCode : VietQrFields.DynamicCode);
        Tlv.Write(payload, VietQrFields.MerchantAccount, merchantAccount.ToString());
        Tlv.Write(payload, VietQrFields.Currency, VietQrFields.Vnd);
        if (request.Amount is { } amount)
        {
            // VND has ISO 4217 exponent 0: whole đồng, no separators, no decimal point.
            Tlv.Write(payload, VietQrFields.Amount, amount.ToString("D", CultureInfo.InvariantCulture));
        }

        Tlv.Write(payload, VietQrFields.Country, VietQrFields.Vietnam);

        var additionalData = new StringBuilder();
        var billNumber = VietQrText.ToAdditionalData(request.BillNumber);
        if (billNumber.Length > 0)
        {
            Tlv.Write(additionalData, VietQrFields.BillNumber, billNumber);
        }

        var purpose = VietQrText.ToAdditionalData(request.Purpose);
        if (purpose.Length > 0)
        {
            Tlv.Write(additionalData, VietQrFields.Purpose, purpose);
        }

        if (additionalData.Length > 0)
        {
            Tlv.Write(payload, VietQrFields.AdditionalData, additionalData.ToString());
        }

        // The CRC covers its own ID and length ("6304") but not its value.
        payload.Append(VietQrFields.CrcHeader);
        return payload.Append(VietQrCrc.Compute(payload.ToString())).ToString();
    }

    private static void Validate(VietQrRequest request)
    {
        if (request.Bin is not { Length: VietQrFields.BinLength } || !Tlv.IsDigits(request.Bin))
        {
            throw new ArgumentException($"BIN must be {VietQrFields.BinLength} digits, got '{request.Bin}'.", nameof(request));
        }

        var account = request.AccountNumber;
        var validAccount = request.Service == VietQrService.Card
            ? Tlv.IsDigits(account ?? "")
            : !string.IsNullOrEmpty(account) && account.All(char.IsAsciiLetterOrDigit);
        if (!validAccount || account!.Length > VietQrFields.MaxAccountLength)
        {
            throw new ArgumentException(
                $"{request.Service} number must be 1–{VietQrFields.MaxAccountLength} ASCII "
                + (request.Service == VietQrService.Card ? "digits" : "letters or digits") + $", got '{account}'.",
                nameof(request));
        }

        // 13 characters is the format limit of tag 54; NAPAS's 500 million đồng cap is a business rule
        // for the caller, not part of the code's format.
        if (request.Amount is { } amount && amount is < 1 or > 9_999_999_999_999)
        {
            throw new ArgumentException($"Amount must be 1 to 9,999,999,999,999 đồng, got {amount}.", nameof(request));
        }
    }
}
