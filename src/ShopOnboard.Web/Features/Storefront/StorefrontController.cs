using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using ShopOnboard.Web.Features.Orders;
using ShopOnboard.Web.Features.Payments;
using ShopOnboard.Web.Features.Payments.Stripe;
using ShopOnboard.Web.Infrastructure.Localization;
using ShopOnboard.Web.Infrastructure.Security;
using ShopOnboard.Web.Infrastructure.Web;

namespace ShopOnboard.Web.Features.Storefront;

/// <summary>The public shop: its products, a cart per shop, checkout. No sign-in, phone first.</summary>
[Route("s/{slug}")]
public sealed class StorefrontController(StorefrontQueries queries, OrderPlacement placement, StripeCheckout cards, IStringLocalizer<SharedResource> text) : Controller
{
    [HttpGet("")]
    [AllowAnonymous]
    [OutputCache(PolicyName = WebPlatformModule.StorefrontCachePolicy)]
    public async Task<IActionResult> Shop(string slug, CancellationToken cancellationToken) =>
        await queries.ShopAsync(slug, cancellationToken) is { } shop ? View("Shop", shop) : NotFound();

    /// <summary>A QR code that opens this shop's page: for the stall, the poster, a Zalo post.</summary>
    [HttpGet("qr.png")]
    [AllowAnonymous]
    [ResponseCache(Duration = 86400)]
    public async Task<IActionResult> LinkQr(string slug, CancellationToken cancellationToken)
    {
        if (await queries.ShopAsync(slug, cancellationToken) is null)
        {
            return NotFound();
        }

        return File(Payments.Qr.VietQrImages.Png($"{Request.Scheme}://{Request.Host}/s/{slug}"), "image/png");
    }

    [HttpGet("p/{listingId:int}")]
    [AllowAnonymous]
    [OutputCache(PolicyName = WebPlatformModule.StorefrontCachePolicy)]
    public async Task<IActionResult> Product(string slug, int listingId, CancellationToken cancellationToken)
    {
        var shop = await queries.ShopAsync(slug, cancellationToken);
        var listing = shop?.Listings.FirstOrDefault(l => l.Id == listingId);
        return listing is null ? NotFound() : View("Product", (shop!, listing));
    }

    /// <summary>
    /// Adding to a cart only changes the buyer's own cookie, so this form carries no anti-forgery token and
    /// the shop page stays cacheable; the checkout, which creates an order, is protected.
    /// </summary>
    [HttpPost("cart")]
    [AllowAnonymous]
    [IgnoreAntiforgeryToken]
    public async Task<IActionResult> AddToCart(string slug, int listingId, int quantity, CancellationToken cancellationToken)
    {
        var shop = await queries.ShopAsync(slug, cancellationToken);
        if (shop is null)
        {
            return NotFound();
        }

        var cart = Cart.Read(Request, shop.Id);
        if (shop.Listings.Any(l => l.Id == listingId) && quantity > 0)
        {
            cart.Add(listingId, quantity);
            cart.Write(Response, shop.Id);
        }

        return Redirect($"/s/{slug}/cart");
    }

    [HttpGet("cart")]
    [AllowAnonymous]
    public async Task<IActionResult> ShowCart(string slug, CancellationToken cancellationToken) =>
        await queries.ShopAsync(slug, cancellationToken) is { } shop ? View("Cart", CartPage.Of(shop, Cart.Read(Request, shop.Id))) : NotFound();

    [HttpPost("cart/update")]
    [AllowAnonymous]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> UpdateCart(string slug, Dictionary<int, int> quantities, CancellationToken cancellationToken)
    {
        var shop = await queries.ShopAsync(slug, cancellationToken);
        if (shop is null)
        {
            return NotFound();
        }

        var cart = Cart.Read(Request, shop.Id);
        foreach (var (listingId, quantity) in quantities)
        {
            cart.Set(listingId, quantity);
        }

        cart.Write(Response, shop.Id);
        return Redirect($"/s/{slug}/cart");
    }

    [HttpGet("checkout")]
    [AllowAnonymous]
    public async Task<IActionResult> Checkout(string slug, CancellationToken cancellationToken)
    {
        var shop = await queries.ShopAsync(slug, cancellationToken);
        if (shop is null)
        {
            return NotFound();
        }

        var cart = CartPage.Of(shop, Cart.Read(Request, shop.Id));
        return cart.Lines.Count == 0
            ? Redirect($"/s/{slug}/cart")
            : View("Checkout", new CheckoutPage(cart, new CheckoutForm { Payment = shop.AcceptsTransfer ? PaymentMethod.BankTransfer : PaymentMethod.Cash }));
    }

    [HttpPost("checkout")]
    [AllowAnonymous]
    [ValidateAntiForgeryToken]
    [EnableRateLimiting(AbuseLimits.Checkout)]
    public async Task<IActionResult> PlaceOrder(string slug, [Bind(Prefix = nameof(CheckoutPage.Form))] CheckoutForm form, CancellationToken cancellationToken)
    {
        var shop = await queries.ShopAsync(slug, cancellationToken);
        if (shop is null)
        {
            return NotFound();
        }

        var cart = Cart.Read(Request, shop.Id);
        var page = new CheckoutPage(CartPage.Of(shop, cart), form);
        if (!Provinces.All.Contains(form.Province))
        {
            ModelState.AddModelError("Form.Province", text["Hãy chọn tỉnh, thành phố."]);
        }

        // Only what this shop offers: no transfer without a confirmed account, cards only through Stripe.
        if ((form.Payment == PaymentMethod.Card && !cards.IsEnabled) || (form.Payment == PaymentMethod.BankTransfer && !shop.AcceptsTransfer))
        {
            ModelState.AddModelError("Form.Payment", text["Cách thanh toán này chưa có ở cửa hàng."]);
        }

        if (!ModelState.IsValid)
        {
            return View("Checkout", page);
        }

        var result = await placement.PlaceAsync(
            shop.Id,
            Orders.SalesChannel.Storefront,
            cart.Quantities.Select(q => new OrderLineRequest(q.Key, q.Value)).ToList(),
            new BuyerDetails(form.Name, form.Phone, form.Address, form.Note),
            form.Payment,
            cancellationToken);
        if (result.Order is null)
        {
            foreach (var problem in result.Errors)
            {
                ModelState.AddModelError("", text[problem.Message, problem.Args]);
            }

            return View("Checkout", page);
        }

        foreach (var listingId in cart.Quantities.Keys.ToList())
        {
            cart.Set(listingId, 0);
        }

        cart.Write(Response, shop.Id);
        // A card order goes on to Stripe; if Stripe cannot be reached, the order page offers the card again.
        if (form.Payment == PaymentMethod.Card
            && await cards.StartAsync(result.Order.Code, $"{Request.Scheme}://{Request.Host}", cancellationToken) is { } stripeUrl)
        {
            return Redirect(stripeUrl);
        }

        return Redirect($"/orders/{result.Order.Code}");
    }
}

public sealed record CartLine(StoreListing Listing, int Quantity)
{
    public long TotalVnd => Listing.PriceVnd * Quantity;
}

public sealed record CartPage(StoreShop Shop, IReadOnlyList<CartLine> Lines)
{
    public long TotalVnd => Lines.Sum(l => l.TotalVnd);

    public static CartPage Of(StoreShop shop, Cart cart) =>
        new(shop, cart.Quantities.Select(q => (Listing: shop.Listings.FirstOrDefault(l => l.Id == q.Key), q.Value))
            .Where(x => x.Listing is not null).Select(x => new CartLine(x.Listing!, x.Value)).ToList());
}

public sealed record CheckoutPage(CartPage Cart, CheckoutForm Form);
