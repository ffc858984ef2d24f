namespace ShopOnboard.Web.Features.Payments.QrImages;

/// <summary>A binarised image: true where a pixel counts as dark. Row-major, one byte per pixel for fast scans.</summary>
internal sealed class BitImage
{
    private readonly bool[] dark;

    public BitImage(int width, int height)
    {
        Width = width;
        Height = height;
        dark = new bool[width * height];
    }

    public int Width { get; }

    public int Height { get; }

    public bool this[int x, int y]
    {
        get => dark[(y * Width) + x];
        set => dark[(y * Width) + x] = value;
    }

    public ReadOnlySpan<bool> Row(int y) => dark.AsSpan(y * Width, Width);

    /// <summary>Outside the image counts as light, like the quiet zone a code should have around it.</summary>
    public bool IsDarkClamped(int x, int y) => x >= 0 && y >= 0 && x < Width && y < Height && dark[(y * Width) + x];
}

/// <summary>The sampled symbol: one bit per module, true for dark, indexed [row, column].</summary>
internal sealed class ModuleGrid
{
    private readonly bool[] dark;

    public ModuleGrid(int size)
    {
        Size = size;
        dark = new bool[size * size];
    }

    public int Size { get; }

    public bool this[int row, int col]
    {
        get => dark[(row * Size) + col];
        set => dark[(row * Size) + col] = value;
    }
}
