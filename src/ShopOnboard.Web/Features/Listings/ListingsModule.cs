namespace ShopOnboard.Web.Features.Listings;

public static class ListingsModule
{
    public static WebApplicationBuilder AddListings(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<ListingEditor>();
        builder.Services.AddSingleton(PendingPhotoUploads.For(builder.Configuration, builder.Environment));
        builder.Services.AddScoped<ProcessListingPhotoJob>();
        builder.Services.AddScoped<ListingPhotoSweeper>();
        return builder;
    }
}
