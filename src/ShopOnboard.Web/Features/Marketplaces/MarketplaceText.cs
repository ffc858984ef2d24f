namespace ShopOnboard.Web.Features.Marketplaces;

/// <summary>
/// A marketplace's error in plain Vietnamese for the farmer and the team member. The stored text is a
/// localisation key (English in SharedResource.en.resx); the marketplace's own code stays in the log.
/// </summary>
public static class MarketplaceText
{
    public const string Timeout = "Sàn không trả lời kịp. Hệ thống sẽ thử lại.";
    public const string Busy = "Sàn đang quá tải. Hệ thống sẽ thử lại sau.";
    public const string Auth = "Kết nối với sàn đã hết hạn. Hãy kết nối lại tài khoản sàn.";
    public const string Image = "Ảnh sản phẩm không đạt yêu cầu của sàn (dung lượng, kích thước hoặc số lượng ảnh).";
    public const string Price = "Giá bán nằm ngoài mức sàn cho phép.";
    public const string Name = "Tên sản phẩm quá ngắn hoặc quá dài so với quy định của sàn.";
    public const string NoPhoto = "Sản phẩm cần ít nhất một ảnh đã xử lý xong trước khi đăng lên sàn.";
    public const string NotConnected = "Cửa hàng chưa kết nối tài khoản sàn.";
    public const string Other = "Sàn từ chối sản phẩm. Hãy kiểm tra lại thông tin rồi bấm Thử lại.";

    public static readonly IReadOnlyList<string> All = [Timeout, Busy, Auth, Image, Price, Name, NoPhoto, NotConnected, Other];

    /// <summary>
    /// Lazada and TikTok Shop answer with numeric codes, so the vendor's message is read as well as its code:
    /// "image"/"picture", "price", "name"/"title" appear in all three marketplaces' texts for these refusals.
    /// </summary>
    public static string Plain(MarketplaceException problem) => problem switch
    {
        { Error: MarketplaceException.NoPhotoError } => NoPhoto,
        { IsTimeout: true } or { HttpStatus: 0 } => Timeout,
        { IsAuthError: true } => Auth,
        { HttpStatus: 429 } or { HttpStatus: >= 500 } or { IsTransient: true } => Busy,
        _ when Mentions(problem, "image") || Mentions(problem, "picture") => Image,
        _ when Mentions(problem, "price") => Price,
        _ when Mentions(problem, "item_name") || Mentions(problem, "title") || Mentions(problem, "name") => Name,
        _ => Other,
    };

    private static bool Mentions(MarketplaceException problem, string word) =>
        problem.Error.Contains(word, StringComparison.OrdinalIgnoreCase) || problem.VendorMessage.Contains(word, StringComparison.OrdinalIgnoreCase);
}
