namespace ShopOnboard.Web.Features.Storefront;

/// <summary>The 34 provinces and cities since 1 July 2025, for the delivery address.</summary>
public static class Provinces
{
    public static readonly string[] All =
    [
        "Hà Nội", "TP. Hồ Chí Minh", "Hải Phòng", "Đà Nẵng", "Cần Thơ", "Huế",
        "An Giang", "Bắc Ninh", "Cà Mau", "Cao Bằng", "Đắk Lắk", "Điện Biên", "Đồng Nai", "Đồng Tháp",
        "Gia Lai", "Hà Tĩnh", "Hưng Yên", "Khánh Hoà", "Lai Châu", "Lạng Sơn", "Lào Cai", "Lâm Đồng",
        "Nghệ An", "Ninh Bình", "Phú Thọ", "Quảng Ngãi", "Quảng Ninh", "Quảng Trị", "Sơn La",
        "Tây Ninh", "Thái Nguyên", "Thanh Hoá", "Tuyên Quang", "Vĩnh Long",
    ];
}
