namespace ShopOnboard.Web.Features.Payments.VietQr;

/// <summary>IDs and fixed values of the NAPAS VietQR profile of EMVCo (NAPAS247 QR format v1.0, Tables 1, 4, 8).</summary>
internal static class VietQrFields
{
    public const string PayloadFormat = "00";
    public const string PointOfInitiation = "01";
    public const string MerchantAccount = "38";
    public const string Currency = "53";
    public const string Amount = "54";
    public const string Country = "58";
    public const string AdditionalData = "62";
    public const string Crc = "63";

    // Inside 38.
    public const string GuidTag = "00";
    public const string Beneficiary = "01";
    public const string ServiceCode = "02";

    // Inside 38/01.
    public const string Bin = "00";
    public const string AccountNumber = "01";

    // Inside 62.
    public const string BillNumber = "01";
    public const string ReferenceLabel = "05";
    public const string Purpose = "08";
    public const string ConsumerDataRequest = "09";

    public const string PayloadFormatValue = "01";
    public const string StaticCode = "11";
    public const string DynamicCode = "12";
    public const string NapasGuid = "A000000727";
    public const string ToAccount = "QRIBFTTA";
    public const string ToCard = "QRIBFTTC";
    public const string Vnd = "704";
    public const string Vietnam = "VN";

    /// <summary>"6304": the CRC object's ID and length, themselves covered by the CRC.</summary>
    public const string CrcHeader = "6304";

    public const int BinLength = 6;
    public const int MaxAccountLength = 19;
    public const int MaxAmountLength = 13;
    public const int MaxAdditionalDataLength = 25;

    /// <summary>EMVCo's cap on a whole merchant-presented payload; longer input is not a QR payload.</summary>
    public const int MaxPayloadLength = 512;
}
