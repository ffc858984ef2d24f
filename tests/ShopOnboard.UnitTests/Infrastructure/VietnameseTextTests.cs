using ShopOnboard.Web.Infrastructure.Text;

namespace ShopOnboard.UnitTests.Infrastructure;

public class VietnameseTextTests
{
    [Theory]
    [InlineData("Nguyễn Văn A", "nguyen van a")]
    [InlineData("Quýt Mường Khương", "quyt muong khuong")]
    [InlineData("ĐẶNG THỊ ĐÀO", "dang thi dao")]
    [InlineData("Hoa hồi khô Văn Quan", "hoa hoi kho van quan")]
    [InlineData("", "")]
    [InlineData(null, "")]
    public void Fold_VietnameseText_LowerCaseAsciiWithoutMarks(string? input, string expected) =>
        Assert.Equal(expected, VietnameseText.Fold(input));

    [Fact]
    public void Fold_DecomposedInput_SameAsComposed() =>
        Assert.Equal(VietnameseText.Fold("Quýt"), VietnameseText.Fold("Quýt".Normalize(System.Text.NormalizationForm.FormD)));

    [Theory]
    [InlineData("Quýt Mường Khương", "quyt-muong-khuong")]
    [InlineData("  Mật ong rừng – Hoàng Thị Hoa!! ", "mat-ong-rung-hoang-thi-hoa")]
    [InlineData("Đào Mẫu Sơn (loại 1)", "dao-mau-son-loai-1")]
    [InlineData("!!!", "")]
    public void Slug_VietnameseName_UrlSafe(string input, string expected) =>
        Assert.Equal(expected, VietnameseText.Slug(input));

    [Fact]
    public void Slug_LongName_CutAtMaxLengthWithoutTrailingDash()
    {
        var slug = VietnameseText.Slug("Thuốc tắm người Dao đỏ của gia đình bà Triệu Thị Mai ở thôn Khuổi Tẳng", 30);
        Assert.True(slug.Length <= 30);
        Assert.False(slug.EndsWith('-'));
        Assert.StartsWith("thuoc-tam-nguoi-dao-do", slug);
    }
}
