using System.Globalization;

namespace ShopOnboard.Web.Infrastructure.Localization;

/// <summary>VND as people read it: whole đồng, dot thousands separator, "120.000 ₫".</summary>
public static class Vnd
{
    private static readonly NumberFormatInfo Format = new() { NumberGroupSeparator = ".", NumberDecimalDigits = 0 };

    public static string Show(long dong) => dong.ToString("N0", Format) + " ₫";
}
