using ShopOnboard.Web.Features.Payments.VietQr;

namespace ShopOnboard.Web.Features.Payments.Qr;

/// <summary>
/// Plain Vietnamese for what is wrong with a VietQR code, for people who never heard of TLV or CRC.
/// The sentences are resource keys; English is in SharedResource.en.resx.
/// </summary>
public static class VietQrErrorText
{
    public const string Empty = "Chưa có nội dung mã QR để đọc.";
    public const string TooLong = "Nội dung quá dài, đây không phải mã VietQR.";
    public const string InvalidCharacters = "Mã có chữ có dấu hoặc ký tự lạ, nên không phải mã VietQR hợp lệ.";
    public const string MissingCrc = "Mã bị thiếu phần kiểm tra ở cuối, có thể đã bị cắt mất một đoạn.";
    public const string CrcMismatch = "Mã đã bị hỏng hoặc bị sửa: phần kiểm tra ở cuối không khớp với nội dung.";
    public const string MalformedTlv = "Cấu trúc của mã bị lỗi nên không đọc được.";
    public const string InvalidPayloadFormat = "Mã không bắt đầu theo đúng định dạng VietQR.";
    public const string MissingField = "Mã thiếu một thông tin bắt buộc của VietQR.";
    public const string InvalidPointOfInitiation = "Mã không cho biết là mã dùng nhiều lần hay chỉ một lần.";
    public const string NotVietQr = "Đây là mã thanh toán của hệ thống khác, không phải mã chuyển khoản VietQR.";
    public const string InvalidMerchantAccountInfo = "Phần ngân hàng và số tài khoản trong mã bị lỗi.";
    public const string InvalidBin = "Mã ngân hàng trong mã QR không hợp lệ.";
    public const string InvalidAccountNumber = "Số tài khoản trong mã QR không hợp lệ.";
    public const string NotATransferCode = "Đây là mã thanh toán tại cửa hàng, không phải mã chuyển khoản vào tài khoản.";
    public const string UnsupportedService = "Mã này không dùng để chuyển khoản vào tài khoản hay thẻ.";
    public const string UnsupportedCurrency = "Mã này không dùng tiền đồng Việt Nam.";
    public const string UnsupportedCountry = "Mã này không phải mã của Việt Nam.";
    public const string InvalidAmount = "Số tiền trong mã không hợp lệ.";
    public const string InvalidAdditionalData = "Nội dung chuyển khoản trong mã bị lỗi.";
    public const string Unreadable = "Không đọc được mã này.";
    public const string ImageUnreadable = "Không mở được ảnh này. Hãy gửi ảnh JPEG, PNG hoặc WebP.";
    public const string QrInImageDamaged = "Thấy mã QR trong ảnh nhưng không đọc được vì mờ, lóa hoặc bị che. Hãy chụp lại rõ hơn.";
    public const string ImageTooLarge = "Ảnh quá nặng (trên 5 MB). Hãy chụp lại hoặc cắt gọn quanh mã QR.";
    public const string NoQrInImage = "Không tìm thấy mã QR trong ảnh. Hãy chụp gần hơn, đủ sáng và không bị nghiêng.";

    public static string Of(VietQrError error) => error switch
    {
        VietQrError.Empty => Empty,
        VietQrError.TooLong => TooLong,
        VietQrError.InvalidCharacters => InvalidCharacters,
        VietQrError.MissingCrc => MissingCrc,
        VietQrError.CrcMismatch => CrcMismatch,
        VietQrError.MalformedTlv => MalformedTlv,
        VietQrError.InvalidPayloadFormat => InvalidPayloadFormat,
        VietQrError.MissingField => MissingField,
        VietQrError.InvalidPointOfInitiation => InvalidPointOfInitiation,
        VietQrError.NotVietQr => NotVietQr,
        VietQrError.InvalidMerchantAccountInfo => InvalidMerchantAccountInfo,
        VietQrError.InvalidBin => InvalidBin,
        VietQrError.InvalidAccountNumber => InvalidAccountNumber,
        VietQrError.NotATransferCode => NotATransferCode,
        VietQrError.UnsupportedService => UnsupportedService,
        VietQrError.UnsupportedCurrency => UnsupportedCurrency,
        VietQrError.UnsupportedCountry => UnsupportedCountry,
        VietQrError.InvalidAmount => InvalidAmount,
        VietQrError.InvalidAdditionalData => InvalidAdditionalData,
        _ => Unreadable,
    };
}
