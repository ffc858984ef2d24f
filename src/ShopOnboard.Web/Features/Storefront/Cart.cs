using System.Globalization;

namespace ShopOnboard.Web.Features.Storefront;

/// <summary>
/// A buyer's cart for one shop, kept in a cookie ("12x2.15x1"): no account, no server state, works on a
/// phone that loses its connection. Only ids and quantities are kept; prices are always read fresh.
/// </summary>
public sealed class Cart
{
    public const int MaxLines = 30;

    private readonly Dictionary<int, int> _quantities;

    private Cart(Dictionary<int, int> quantities) => _quantities = quantities;

    public IReadOnlyDictionary<int, int> Quantities => _quantities;

    public bool IsEmpty => _quantities.Count == 0;

    public static string CookieName(int shopId) => string.Create(CultureInfo.InvariantCulture, $"cart-{shopId}");

    public static Cart Read(HttpRequest request, int shopId)
    {
        var quantities = new Dictionary<int, int>();
        foreach (var part in (request.Cookies[CookieName(shopId)] ?? "").Split('.', StringSplitOptions.RemoveEmptyEntries).Take(MaxLines))
        {
            var pair = part.Split('x');
            if (pair.Length == 2
                && int.TryParse(pair[0], NumberStyles.None, CultureInfo.InvariantCulture, out var listingId)
                && int.TryParse(pair[1], NumberStyles.None, CultureInfo.InvariantCulture, out var quantity)
                && quantity is > 0 and <= Orders.OrderPlacement.MaxQuantity)
            {
                quantities[listingId] = quantity;
            }
        }

        return new Cart(quantities);
    }

    public void Set(int listingId, int quantity)
    {
        if (quantity <= 0)
        {
            _quantities.Remove(listingId);
        }
        else if (_quantities.Count < MaxLines || _quantities.ContainsKey(listingId))
        {
            _quantities[listingId] = Math.Min(quantity, Orders.OrderPlacement.MaxQuantity);
        }
    }

    public void Add(int listingId, int quantity) => Set(listingId, _quantities.GetValueOrDefault(listingId) + quantity);

    public void Write(HttpResponse response, int shopId)
    {
        var value = string.Join('.', _quantities.Select(q => string.Create(CultureInfo.InvariantCulture, $"{q.Key}x{q.Value}")));
        response.Cookies.Append(CookieName(shopId), value, new CookieOptions
        {
            HttpOnly = true,
            IsEssential = true,
            SameSite = SameSiteMode.Lax,
            Secure = response.HttpContext.Request.IsHttps,
            MaxAge = value.Length == 0 ? TimeSpan.Zero : TimeSpan.FromDays(7),
        });
    }
}
