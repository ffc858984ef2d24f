using ShopOnboard.Web.Data;

namespace ShopOnboard.Web.Features.Photos;

public static class PhotosModule
{
    /// <summary>
    /// The processor and a local-folder store under <c>{ShopOnboard:DataPath}/photos</c>, or under
    /// <c>Photos:Root</c> when set. Production swaps <see cref="IPhotoStore"/> for blob storage.
    /// </summary>
    public static WebApplicationBuilder AddPhotos(this WebApplicationBuilder builder)
    {
        var root = builder.Configuration["Photos:Root"]
            ?? Path.Combine(DataModule.DataPath(builder.Configuration, builder.Environment), "photos");
        builder.Services.AddSingleton(new PhotoProcessorOptions());
        builder.Services.AddSingleton<IPhotoProcessor, ImageSharpPhotoProcessor>();
        builder.Services.AddSingleton<IPhotoStore>(new LocalFolderPhotoStore(root));
        builder.Services.AddScoped<PhotoIntake>();
        return builder;
    }
}
