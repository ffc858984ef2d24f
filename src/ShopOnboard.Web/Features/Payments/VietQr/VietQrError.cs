namespace ShopOnboard.Web.Features.Payments.VietQr;

/// <summary>What is wrong with a scanned or pasted VietQR text; the UI maps each kind to a localised message.</summary>
public enum VietQrError
{
    None,

    /// <summary>Nothing to decode.</summary>
    Empty,

    /// <summary>Longer than EMVCo's 512 characters.</summary>
    TooLong,

    /// <summary>A character outside printable ASCII (e.g. a Vietnamese letter): CRC and lengths become ambiguous.</summary>
    InvalidCharacters,

    /// <summary>Does not end in "6304" and four hex digits.</summary>
    MissingCrc,

    /// <summary>The checksum does not match: the text was damaged or altered.</summary>
    CrcMismatch,

    /// <summary>IDs and lengths do not add up, at the root or inside a template (38, 38/01, 62).</summary>
    MalformedTlv,

    /// <summary>Tag 00 is not first or is not "01".</summary>
    InvalidPayloadFormat,

    /// <summary>A field NAPAS marks mandatory is absent; <see cref="VietQrDecodeResult.Field"/> names it.</summary>
    MissingField,

    /// <summary>Tag 01 is neither 11 (static) nor 12 (dynamic).</summary>
    InvalidPointOfInitiation,

    /// <summary>A valid EMVCo code of another scheme (no NAPAS tag 38, e.g. a VNPay merchant code).</summary>
    NotVietQr,

    /// <summary>Tag 38/01 holds sub-fields other than the BIN and the account.</summary>
    InvalidMerchantAccountInfo,

    /// <summary>38/01/00 is not six digits.</summary>
    InvalidBin,

    /// <summary>38/01/01 is longer than 19 characters.</summary>
    InvalidAccountNumber,

    /// <summary>No service code: a merchant (QRPUSH) payment code, not a transfer to an account or card.</summary>
    NotATransferCode,

    /// <summary>A service code other than QRIBFTTA/QRIBFTTC (e.g. QRPUSH, QRCASH).</summary>
    UnsupportedService,

    /// <summary>Tag 53 is not 704 (VND).</summary>
    UnsupportedCurrency,

    /// <summary>Tag 58 is not VN.</summary>
    UnsupportedCountry,

    /// <summary>Tag 54 is not a whole, non-zero đồng amount of at most 13 characters.</summary>
    InvalidAmount,

    /// <summary>A tag-62 sub-field is too long or malformed.</summary>
    InvalidAdditionalData,
}
