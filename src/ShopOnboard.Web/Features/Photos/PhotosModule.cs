using Amazon.S3;
using ShopOnboard.Web.Data;
using ShopOnboard.Web.Infrastructure;

namespace ShopOnboard.Web.Features.Photos;

public static class PhotosModule
{
    public const string LocalStore = "Local";
    public const string S3Store = "S3";

    /// <summary>
    /// The processor and the store named by <c>Photos:Store</c>: <c>Local</c> (default) keeps files under
    /// <c>{ShopOnboard:DataPath}/photos</c> or <c>Photos:Root</c>; <c>S3</c> keeps them in the bucket of
    /// <c>Photos:S3:*</c>, which several web nodes need because none of them owns a disk the others see.
    /// </summary>
    public static WebApplicationBuilder AddPhotos(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton(new PhotoProcessorOptions());
        builder.Services.AddSingleton<IPhotoProcessor, ImageSharpPhotoProcessor>();
        AddStore(builder.Services, builder.Configuration, builder.Environment);
        builder.Services.AddScoped<PhotoIntake>();
        return builder;
    }

    internal static void AddStore(IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var store = configuration["Photos:Store"] ?? LocalStore;
        if (string.Equals(store, LocalStore, StringComparison.OrdinalIgnoreCase))
        {
            var root = configuration["Photos:Root"] ?? Path.Combine(DataModule.DataPath(configuration, environment), "photos");
            services.AddSingleton<IPhotoStore>(new LocalFolderPhotoStore(root));
        }
        else if (string.Equals(store, S3Store, StringComparison.OrdinalIgnoreCase))
        {
            var options = S3PhotoStoreOptions.FromConfiguration(configuration);
            services.AddSingleton(options);
            services.AddSingleton<IAmazonS3>(_ => S3PhotoStore.CreateClient(options));
            services.AddSingleton<IPhotoStore, S3PhotoStore>();
        }
        else
        {
            throw new StartupException($"Photos:Store '{store}' is not known. Use '{LocalStore}' (default) or '{S3Store}'.");
        }
    }
}
