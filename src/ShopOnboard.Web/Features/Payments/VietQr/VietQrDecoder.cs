using static ShopOnboard.Web.Features.Payments.VietQr.VietQrFields;

namespace ShopOnboard.Web.Features.Payments.VietQr;

/// <summary>
/// Strict reader of VietQR transfer codes, for checking what a shop's printed code or a pasted code really
/// says. Checks, in order: characters, CRC, the whole TLV structure (root and the 38, 38/01 and 62
/// templates, since a correct CRC over a miscounted length still occurs in published samples), then the
/// NAPAS rules. Unknown IDs are skipped; IDs other than 00 (first) and 63 (last) may come in any order.
/// </summary>
public static partial class VietQrDecoder
{
    public static VietQrDecodeResult Decode(string? payload)
    {
        // Scanners often add a trailing newline; a valid payload can neither start nor end with whitespace.
        var text = payload?.Trim() ?? "";
        if (text.Length == 0)
        {
            return Fail(VietQrError.Empty, null, "The text is empty.");
        }

        if (text.Length > MaxPayloadLength)
        {
            return Fail(VietQrError.TooLong, null, $"The text has {text.Length} characters; EMVCo allows {MaxPayloadLength}.");
        }

        // Non-ASCII text makes byte and character counts disagree, so no two readers agree on its lengths or CRC.
        var bad = text.AsSpan().IndexOfAnyExceptInRange(' ', '~');
        if (bad >= 0)
        {
            return Fail(VietQrError.InvalidCharacters, null,
                $"Character U+{(int)text[bad]:X4} at position {bad} is not printable ASCII.");
        }

        if (text.Length < 8 || !text.AsSpan(text.Length - 8, 4).SequenceEqual(CrcHeader)
            || !text[^4..].All(char.IsAsciiHexDigit))
        {
            return Fail(VietQrError.MissingCrc, Crc, "The text does not end with the CRC object 6304 and four hex digits.");
        }

        // Published codes carry lower-case CRCs (an MB Bank app writes 79db); the value, not the case, matters.
        var expected = VietQrCrc.Compute(text.AsSpan(0, text.Length - 4));
        var found = text[^4..];
        if (!string.Equals(expected, found, StringComparison.OrdinalIgnoreCase))
        {
            return Fail(VietQrError.CrcMismatch, Crc, $"The CRC is {found} but the content gives {expected}.");
        }

        var failure = ReadStructure(text[..^8], out var structure);
        return failure ?? Interpret(structure!);
    }

    private sealed record Structure(
        List<TlvField> Root,
        List<TlvField>? MerchantAccount,
        List<TlvField>? Beneficiary,
        List<TlvField>? AdditionalData);

    private static VietQrDecodeResult? ReadStructure(string body, out Structure? structure)
    {
        structure = null;
        if (Tlv.TryRead(body, out var root) is { } rootError)
        {
            return Fail(VietQrError.MalformedTlv, null, $"Root: {rootError}.");
        }

        if (root.Exists(f => f.Tag == Crc))
        {
            return Fail(VietQrError.MalformedTlv, Crc, "ID 63 (CRC) must be the last object.");
        }

        List<TlvField>? merchantAccount = null, beneficiary = null, additionalData = null;
        if (Tlv.Find(root, MerchantAccount) is { } merchantText)
        {
            if (Tlv.TryRead(merchantText, out merchantAccount) is { } error)
            {
                return Fail(VietQrError.MalformedTlv, MerchantAccount, $"Template 38: {error}.");
            }

            if (Tlv.Find(merchantAccount, Beneficiary) is { } beneficiaryText
                && Tlv.TryRead(beneficiaryText, out beneficiary) is { } innerError)
            {
                return Fail(VietQrError.MalformedTlv, "38/01", $"Template 38/01: {innerError}.");
            }
        }

        if (Tlv.Find(root, AdditionalData) is { } additionalText
            && Tlv.TryRead(additionalText, out additionalData) is { } additionalError)
        {
            return Fail(VietQrError.MalformedTlv, AdditionalData, $"Template 62: {additionalError}.");
        }

        structure = new Structure(root, merchantAccount, beneficiary, additionalData);
        return null;
    }

    private static VietQrDecodeResult Interpret(Structure s)
    {
        if (s.Root is not [{ Tag: PayloadFormat, Value: PayloadFormatValue }, ..])
        {
            return Fail(VietQrError.InvalidPayloadFormat, PayloadFormat, "ID 00 must come first with the value 01.");
        }

        // NAPAS makes 01 mandatory (EMVCo does not). Its meaning is reuse, never "has an amount": read 54 for that.
        var initiation = Tlv.Find(s.Root, PointOfInitiation);
        if (initiation is null)
        {
            return Missing(PointOfInitiation, "point of initiation");
        }

        if (initiation is not (StaticCode or DynamicCode))
        {
            return Fail(VietQrError.InvalidPointOfInitiation, PointOfInitiation,
                $"Point of initiation is '{initiation}'; only 11 (static) and 12 (dynamic) exist.");
        }

        if (ReadBeneficiary(s) is { } beneficiaryFailure)
        {
            return beneficiaryFailure;
        }

        var currency = Tlv.Find(s.Root, Currency);
        if (currency is null)
        {
            return Missing(Currency, "currency");
        }

        if (currency != Vnd)
        {
            return Fail(VietQrError.UnsupportedCurrency, Currency, $"Currency is '{currency}', not 704 (VND).");
        }

        var country = Tlv.Find(s.Root, Country);
        if (country is null)
        {
            return Missing(Country, "country");
        }

        if (country != Vietnam)
        {
            return Fail(VietQrError.UnsupportedCountry, Country, $"Country is '{country}', not VN.");
        }

        if (ReadAmount(Tlv.Find(s.Root, Amount), out var amount) is { } amountFailure)
        {
            return amountFailure;
        }

        if (CheckAdditionalData(s.AdditionalData) is { } additionalFailure)
        {
            return additionalFailure;
        }

        var service = Tlv.Find(s.MerchantAccount!, ServiceCode) == ToCard ? VietQrService.Card : VietQrService.Account;
        return VietQrDecodeResult.Ok(new VietQrCode(
            Tlv.Find(s.Beneficiary!, Bin)!,
            Tlv.Find(s.Beneficiary!, AccountNumber)!,
            service,
            initiation,
            amount,
            Find(s.AdditionalData, Purpose),
            Find(s.AdditionalData, BillNumber),
            Find(s.AdditionalData, ReferenceLabel)));
    }

    private static string? Find(List<TlvField>? fields, string tag) => fields is null ? null : Tlv.Find(fields, tag);

    private static VietQrDecodeResult Missing(string field, string name) =>
        Fail(VietQrError.MissingField, field, $"The mandatory {name} ({field}) is missing.");

    private static VietQrDecodeResult Fail(VietQrError error, string? field, string message) =>
        VietQrDecodeResult.Fail(error, field, message);
}
