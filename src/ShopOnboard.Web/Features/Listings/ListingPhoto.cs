using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ShopOnboard.Web.Features.Listings;

/// <summary>A photo of a listing. Renditions are stored by content hash, so identical files are kept once.</summary>
public class ListingPhoto
{
    public int Id { get; set; }
    public int ListingId { get; set; }
    public Listing Listing { get; set; } = null!;
    public int Position { get; set; }
    public bool IsMain { get; set; }

    /// <summary>SHA-256 of the uploaded bytes, lower-case hex.</summary>
    public required string ContentHash { get; set; }

    public string? OriginalFileName { get; set; }
    public PhotoStatus Status { get; set; }
    public int? Width { get; set; }
    public int? Height { get; set; }
    public string? FailureReason { get; set; }

    /// <summary>Quality hints found while processing (too small, dark, blurry), comma separated.</summary>
    public string? QualityHints { get; set; }

    public DateTime CreatedAt { get; set; }
}

public enum PhotoStatus
{
    Processing,
    Ready,
    Failed,
}

internal sealed class ListingPhotoConfiguration : IEntityTypeConfiguration<ListingPhoto>
{
    public void Configure(EntityTypeBuilder<ListingPhoto> photo)
    {
        photo.Property(p => p.ContentHash).HasMaxLength(64).IsUnicode(false);
        photo.Property(p => p.OriginalFileName).HasMaxLength(260);
        photo.Property(p => p.FailureReason).HasMaxLength(500);
        photo.Property(p => p.QualityHints).HasMaxLength(200).IsUnicode(false);
        photo.HasIndex(p => new { p.ListingId, p.Position });
        photo.HasIndex(p => p.ContentHash);
        photo.HasOne(p => p.Listing).WithMany(l => l.Photos).OnDelete(DeleteBehavior.Cascade);
    }
}
