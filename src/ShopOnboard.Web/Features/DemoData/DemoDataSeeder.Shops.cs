using System.Globalization;
using ShopOnboard.Web.Features.Geography;
using ShopOnboard.Web.Features.Households;
using ShopOnboard.Web.Features.Listings;
using ShopOnboard.Web.Features.Orders;
using ShopOnboard.Web.Features.Payments;
using ShopOnboard.Web.Features.Shops;
using ShopOnboard.Web.Features.Teams;
using ShopOnboard.Web.Infrastructure;
using ShopOnboard.Web.Infrastructure.Text;

namespace ShopOnboard.Web.Features.DemoData;

public sealed partial class DemoDataSeeder
{
    private static readonly (SalesChannel Channel, int Weight)[] ChannelWeights =
        [(SalesChannel.Storefront, 30), (SalesChannel.Manual, 35), (SalesChannel.Shopee, 15), (SalesChannel.Lazada, 8), (SalesChannel.TikTokShop, 12)];

    private readonly HashSet<string> _slugs = [];
    private int _orderNumber;

    private List<ShopSeed> AddShops(List<VillageSeed> villages, Dictionary<AdministrativeUnit, List<Household>> households, Dictionary<AdministrativeUnit, Team> teams)
    {
        var shops = new List<ShopSeed>();
        for (var v = 0; v < villages.Count; v++)
        {
            var village = villages[v];
            var candidates = households[village.Unit].OrderBy(_ => _random.Next()).ToList();
            var count = Math.Max(4, candidates.Count / 9);
            for (var i = 0; i < count; i++)
            {
                var household = candidates[i];
                // Shops grew the way the programme did: few at first, most in the last year.
                var monthsAgo = i == 0 && v < 2 ? 20 : HistoryMonths * (1 - Math.Cbrt(_random.NextDouble()));
                var createdAt = _now.AddDays(-monthsAgo * 30.4).AddMinutes(-_random.Next(600));
                var recent = _now - createdAt < TimeSpan.FromDays(14);
                var product = Pick(village.Commune.Products);
                var name = $"{product.Title} – {household.HeadName}";
                var shop = new Shop
                {
                    Household = household,
                    Village = village.Unit,
                    Team = teams[village.Unit],
                    Name = name,
                    NameSearch = VietnameseText.Fold(name),
                    Slug = UniqueSlug(name),
                    Description = $"{product.Title} do gia đình {household.HeadName} ở {village.Unit.Name} trồng và chế biến.",
                    Phone = household.Phone,
                    Status = recent && _random.Next(2) == 0 ? ShopStatus.Onboarding : ShopStatus.Active,
                    CreatedAt = createdAt,
                };
                shop.ActivatedAt = shop.Status == ShopStatus.Active ? createdAt.AddDays(_random.Next(1, 5)) : null;
                if (i == 0 && v < 2)
                {
                    shop.OwnerUser = AddUser($"farmer{v + 1}", household.HeadName, Accounts.Roles.ShopOwner, null, household.Phone ?? MobileNumber());
                }

                household.HasDigitalShop = true;
                household.IsTrained = true;
                db.Shops.Add(shop);

                // The team's visit that opened the shop, with the training given, so the funnel and the leaderboard have
                // visits. Chosen without the shared random, so the rest of the demo data stays as it was.
                var visitor = shop.Team!.Members[i % shop.Team.Members.Count].User;
                db.Visits.Add(new Visit
                {
                    Household = household,
                    UserId = visitor.Id,
                    User = visitor,
                    VisitedOn = VietnamTime.Day(createdAt),
                    Activities = VisitActivities.CreatedShop | VisitActivities.TrainedPhotos | (i % 2 == 0 ? VisitActivities.TrainedTakingOrders : VisitActivities.None),
                    CreatedAt = createdAt,
                });
                shops.Add(new ShopSeed(shop, village.Commune));
            }
        }

        return shops;
    }

    private int AddListingsAccountsAndOrders(List<ShopSeed> shops)
    {
        var orders = 0;
        foreach (var (shop, commune) in shops)
        {
            var products = commune.Products.OrderBy(_ => _random.Next()).Take(_random.Next(1, Math.Min(3, commune.Products.Length) + 1)).ToList();
            var listings = products.Select((product, n) => NewListing(shop, product, n + 1)).ToList();
            db.Listings.AddRange(listings);

            if (shop.Status == ShopStatus.Active && _random.Next(100) < 85)
            {
                db.PaymentAccounts.Add(new PaymentAccount
                {
                    Shop = shop,
                    BankBin = Pick(DemoCatalogue.BankBins),
                    AccountNumber = string.Create(CultureInfo.InvariantCulture, $"{_random.Next(1000, 9999)}{_random.NextInt64(100_000_000, 999_999_999)}"),
                    HolderName = VietnameseText.Fold(shop.Household.HeadName).ToUpperInvariant(),
                    Status = PaymentAccountStatus.Active,
                    CreatedAt = shop.CreatedAt,
                    ConfirmedAt = shop.ActivatedAt,
                });
                shop.Household.HasEPaymentAccount = true;
            }

            if (shop.ActivatedAt is { } activatedAt)
            {
                orders += AddOrders(shop, listings, products, activatedAt);
            }
        }

        return orders;
    }

    private Listing NewListing(Shop shop, DemoCatalogue.Product product, int number)
    {
        var price = (long)Math.Round((product.MinPrice + (_random.NextDouble() * (product.MaxPrice - product.MinPrice))) / 1000) * 1000;
        return new Listing
        {
            Shop = shop,
            Title = product.Title,
            TitleSearch = VietnameseText.Fold(product.Title),
            Description = $"{product.Title} – hàng nhà trồng, giao tận nơi.",
            Category = product.Category,
            Unit = product.Unit,
            PriceVnd = price,
            Stock = _random.Next(10, 200),
            WeightGrams = product.WeightGrams,
            Origin = shop.Village.Name,
            OcopStars = product.Ocop,
            IsVietGap = _random.Next(100) < 20,
            HarvestMonths = product.HarvestMonths.Aggregate(0, (bits, month) => bits | (1 << (month - 1))),
            Status = shop.Status == ShopStatus.Active ? ListingStatus.Active : ListingStatus.Draft,
            Sku = string.Create(CultureInfo.InvariantCulture, $"{shop.Slug[..Math.Min(12, shop.Slug.Length)].ToUpperInvariant()}-{number:D2}"),
            CreatedAt = shop.CreatedAt,
            UpdatedAt = shop.CreatedAt,
        };
    }

    /// <summary>Orders month by month: a ramp-up after opening, more in harvest season.</summary>
    private int AddOrders(Shop shop, List<Listing> listings, List<DemoCatalogue.Product> products, DateTime activatedAt)
    {
        var scale = 3 + (_random.NextDouble() * 7);
        var count = 0;
        for (var monthStart = new DateTime(activatedAt.Year, activatedAt.Month, 1, 0, 0, 0, DateTimeKind.Utc); monthStart < _now; monthStart = monthStart.AddMonths(1))
        {
            var monthsOpen = (monthStart - activatedAt).TotalDays / 30.4;
            var inSeason = products.Any(p => p.HarvestMonths.Contains(VietnamTime.ToLocal(monthStart).AddDays(15).Month));
            var mean = scale * Math.Clamp(0.25 + (monthsOpen / 4), 0.25, 1) * (inSeason ? 2.0 : 0.5);
            for (var n = Poisson(mean); n > 0; n--)
            {
                var from = monthStart < activatedAt ? activatedAt : monthStart;
                var to = monthStart.AddMonths(1) > _now ? _now : monthStart.AddMonths(1);
                var placedAt = from.AddSeconds(_random.NextDouble() * (to - from).TotalSeconds);
                db.Orders.Add(NewOrder(shop, listings, placedAt));
                count++;
            }
        }

        return count;
    }

    private Order NewOrder(Shop shop, List<Listing> listings, DateTime placedAt)
    {
        var code = string.Create(CultureInfo.InvariantCulture, $"DH{++_orderNumber:D6}");
        var channel = PickChannel();
        var order = new Order
        {
            Shop = shop,
            Channel = channel,
            Code = code,
            ExternalId = channel is SalesChannel.Storefront or SalesChannel.Manual
                ? code
                : string.Create(CultureInfo.InvariantCulture, $"{channel.ToString()[..2].ToUpperInvariant()}{_random.NextInt64(10_000_000_000, 99_999_999_999)}"),
            BuyerName = Pick(DemoCatalogue.BuyerNames),
            BuyerPhone = MobileNumber(),
            DeliveryAddress = "Hà Nội",
            PlacedAt = placedAt,
            UpdatedAt = placedAt,
        };
        foreach (var listing in listings.OrderBy(_ => _random.Next()).Take(_random.Next(1, Math.Min(2, listings.Count) + 1)))
        {
            order.Lines.Add(new OrderLine { Listing = listing, Title = listing.Title, UnitPriceVnd = listing.PriceVnd, Quantity = _random.Next(1, 6) });
        }

        order.TotalVnd = order.Lines.Sum(l => l.LineTotalVnd);
        (order.Status, order.PaymentStatus) = Outcome(_now - placedAt);
        order.PaymentMethod = channel is not (SalesChannel.Storefront or SalesChannel.Manual) ? null : order.PaymentStatus switch
        {
            PaymentStatus.CashCollected => PaymentMethod.Cash,
            PaymentStatus.Paid => PaymentMethod.BankTransfer,
            _ => _random.Next(2) == 0 ? PaymentMethod.Cash : PaymentMethod.BankTransfer,
        };
        return order;
    }

    private (OrderStatus, PaymentStatus) Outcome(TimeSpan age)
    {
        var roll = _random.Next(100);
        var cash = _random.Next(2) == 0;
        if (age > TimeSpan.FromDays(14))
        {
            return roll switch
            {
                < 3 => (OrderStatus.Cancelled, PaymentStatus.Unpaid),
                < 5 => (OrderStatus.Returned, PaymentStatus.Refunded),
                _ => (OrderStatus.Completed, cash ? PaymentStatus.CashCollected : PaymentStatus.Paid),
            };
        }

        return roll switch
        {
            < 20 => (OrderStatus.New, PaymentStatus.Unpaid),
            < 40 => (OrderStatus.Confirmed, cash ? PaymentStatus.Unpaid : PaymentStatus.Paid),
            < 55 => (OrderStatus.Packed, cash ? PaymentStatus.Unpaid : PaymentStatus.Paid),
            < 75 => (OrderStatus.Shipped, cash ? PaymentStatus.Unpaid : PaymentStatus.Paid),
            < 85 => (OrderStatus.Delivered, cash ? PaymentStatus.CashCollected : PaymentStatus.Paid),
            _ => (OrderStatus.Completed, cash ? PaymentStatus.CashCollected : PaymentStatus.Paid),
        };
    }

    private SalesChannel PickChannel()
    {
        var roll = _random.Next(ChannelWeights.Sum(c => c.Weight));
        foreach (var (channel, weight) in ChannelWeights)
        {
            if ((roll -= weight) < 0)
            {
                return channel;
            }
        }

        return SalesChannel.Manual;
    }

    private int Poisson(double mean)
    {
        var limit = Math.Exp(-mean);
        var product = _random.NextDouble();
        var count = 0;
        while (product > limit)
        {
            count++;
            product *= _random.NextDouble();
        }

        return count;
    }

    private string UniqueSlug(string name)
    {
        var baseSlug = VietnameseText.Slug(name);
        var slug = baseSlug;
        for (var n = 2; !_slugs.Add(slug); n++)
        {
            slug = string.Create(CultureInfo.InvariantCulture, $"{baseSlug}-{n}");
        }

        return slug;
    }

    private sealed record ShopSeed(Shop Shop, DemoCatalogue.Commune Commune);
}
