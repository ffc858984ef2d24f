using Microsoft.EntityFrameworkCore;
using ShopOnboard.IntegrationTests.Support;
using ShopOnboard.Web.Features.Listings;

namespace ShopOnboard.IntegrationTests.Features.Listings;

[Collection(SharedApp.Name)]
public class ListingEditorTests(ShopOnboardFactory app)
{
    private static Dictionary<string, string> Listing(string title, string price = "55000", string status = "Draft", string weight = "1000") => new()
    {
        ["Form.Title"] = title,
        ["Form.Category"] = "Đặc sản › Mật ong",
        ["Form.Unit"] = "chai",
        ["Form.PriceVnd"] = price,
        ["Form.Stock"] = "10",
        ["Form.WeightGrams"] = weight,
        ["Form.Status"] = status,
    };

    [Theory]
    [InlineData("Mật ong", "55000", "1000", "Tên sản phẩm từ 25 đến 120 ký tự để đăng được trên mọi sàn.")]
    [InlineData("Mật ong rừng Bắc Sơn chai 500 ml", "999", "1000", "Giá từ 1.000 ₫ đến 180.000.000 ₫.")]
    [InlineData("Mật ong rừng Bắc Sơn chai 500 ml", "180000001", "1000", "Giá từ 1.000 ₫ đến 180.000.000 ₫.")]
    [InlineData("Mật ong rừng Bắc Sơn chai 500 ml", "55000", "0", "Khối lượng đóng gói từ 1 g đến 50 kg.")]
    public async Task New_BadField_ClearMessageAndNothingSaved(string title, string price, string weight, string message)
    {
        var shopId = await app.ShopOfOwnerAsync("farmer2");
        var before = await app.WithDbAsync(db => db.Listings.CountAsync(l => l.ShopId == shopId));
        var farmer = await app.SignedInAsync("farmer2");
        var url = $"/shops/{shopId}/listings/new";

        var response = await farmer.PostFormAsync(url, url, Listing(title, price, weight: weight));

        Assert.Contains(message, await response.Content.ReadAsStringAsync());
        Assert.Equal(before, await app.WithDbAsync(db => db.Listings.CountAsync(l => l.ShopId == shopId)));
    }

    [Fact]
    public async Task New_ActiveWithoutPhoto_RefusedThenDraftSavedWithGeneratedSku()
    {
        var shopId = await app.ShopOfOwnerAsync("farmer2");
        var farmer = await app.SignedInAsync("farmer2");
        var url = $"/shops/{shopId}/listings/new";

        var active = await farmer.PostFormAsync(url, url, Listing("Mật ong rừng Bắc Sơn chai 500 ml", status: "Active"));
        var draft = await farmer.PostFormAsync(url, url, Listing("Mật ong rừng Bắc Sơn chai 500 ml", status: "Draft"));

        Assert.Contains("Cần ít nhất một ảnh đã xử lý xong trước khi mở bán sản phẩm.", await active.Content.ReadAsStringAsync());
        var listingId = int.Parse(draft.Headers.Location!.OriginalString.Split('/')[^1]);
        var saved = await app.WithDbAsync(db => db.Listings.SingleAsync(l => l.Id == listingId));
        Assert.Equal(ListingStatus.Draft, saved.Status);
        Assert.StartsWith($"S{shopId}-", saved.Sku);
    }
}
