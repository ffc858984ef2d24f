using System.Globalization;

namespace ShopOnboard.Web.Features.Photos;

/// <summary>
/// What the team member reads in the field, on a phone, often on behalf of a farmer: short, concrete,
/// and saying what to do next rather than what went wrong inside.
/// </summary>
internal static class PhotoTexts
{
    public const string Empty = "Tệp ảnh trống. Hãy chọn lại ảnh.";

    public const string FileTooLarge =
        "Ảnh quá nặng (trên 25 MB). Hãy chọn ảnh khác hoặc giảm kích thước ảnh rồi gửi lại.";

    public const string TooManyPixels =
        "Ảnh quá lớn (trên 40 triệu điểm ảnh). Hãy chụp ở chế độ bình thường hoặc giảm kích thước ảnh rồi gửi lại.";

    public const string Heic =
        "Ảnh ở định dạng HEIC của iPhone nên chưa đọc được. Hãy gửi ảnh JPEG: trên iPhone vào " +
        "Cài đặt → Camera → Định dạng → chọn Tương thích nhất, rồi chụp lại.";

    public const string UnsupportedFormat =
        "Tệp này không phải ảnh JPEG, PNG hay WebP. Hãy chọn một ảnh chụp từ điện thoại.";

    public const string Truncated =
        "Ảnh chưa tải lên hết (tệp bị thiếu phần cuối). Hãy kiểm tra sóng điện thoại rồi gửi lại.";

    public const string Corrupt = "Không đọc được ảnh, tệp có thể bị hỏng. Hãy chọn lại ảnh hoặc chụp lại.";

    public const string TooDarkTip = "Ảnh hơi tối, hãy chụp gần cửa sổ hoặc ra chỗ có ánh sáng tự nhiên.";

    public const string BlurryTip =
        "Ảnh bị mờ, hãy giữ chắc điện thoại, chạm vào sản phẩm trên màn hình để lấy nét rồi chụp lại.";

    public const string TooSmallTip =
        "Ảnh hơi nhỏ nên sẽ bị nhoè khi xem to. Hãy gửi ảnh gốc từ camera, không dùng ảnh đã gửi qua Zalo hay Facebook.";

    public static string TooSmall(int width, int height, int minimumSide) => string.Create(
        CultureInfo.InvariantCulture,
        $"Ảnh quá nhỏ ({width}×{height} điểm ảnh, cần ít nhất {minimumSide}). Hãy gửi ảnh gốc chụp từ camera.");
}
