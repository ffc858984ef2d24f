using ShopOnboard.Web.Infrastructure.Localization;

namespace ShopOnboard.UnitTests.Infrastructure;

public class VndTests
{
    [Theory]
    [InlineData(120_000, "120.000 ₫")]
    [InlineData(0, "0 ₫")]
    [InlineData(180_000_000, "180.000.000 ₫")]
    public void Show_WholeDong_DotGroupedWithSymbol(long dong, string expected) => Assert.Equal(expected, Vnd.Show(dong));
}
