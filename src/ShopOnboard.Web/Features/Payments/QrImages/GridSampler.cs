namespace ShopOnboard.Web.Features.Payments.QrImages;

/// <summary>
/// Reads the module grid through the affine map fixed by the three finder centres, which sit at module
/// coordinates (3.5, 3.5), (size − 3.5, 3.5) and (3.5, size − 3.5). Affine covers scale, rotation and
/// shear, which is all a screenshot or a square-on photo needs; perspective is not modelled.
/// </summary>
internal static class GridSampler
{
    public static ModuleGrid Sample(BitImage image, FinderTriple triple, int size)
    {
        var span = size - 7.0;
        var tl = triple.TopLeft;
        double colX = (triple.TopRight.X - tl.X) / span, colY = (triple.TopRight.Y - tl.Y) / span;
        double rowX = (triple.BottomLeft.X - tl.X) / span, rowY = (triple.BottomLeft.Y - tl.Y) / span;

        // From about 3 px per module a 3×3 vote absorbs JPEG ringing and antialiased edges; below that the
        // neighbours belong to other modules.
        var modulePixels = Math.Min(Math.Sqrt((colX * colX) + (colY * colY)), Math.Sqrt((rowX * rowX) + (rowY * rowY)));
        var reach = modulePixels >= 3 ? Math.Max(1, (int)(modulePixels / 4)) : 0;

        var grid = new ModuleGrid(size);
        for (var row = 0; row < size; row++)
        {
            for (var col = 0; col < size; col++)
            {
                // Module (row, col) has its centre at (col + 0.5, row + 0.5), i.e. col − 3 modules from the finder centre.
                double mx = col - 3, my = row - 3;
                var x = (int)Math.Floor(tl.X + (mx * colX) + (my * rowX));
                var y = (int)Math.Floor(tl.Y + (mx * colY) + (my * rowY));
                grid[row, col] = reach == 0 ? image.IsDarkClamped(x, y) : Vote(image, x, y, reach);
            }
        }

        return grid;
    }

    private static bool Vote(BitImage image, int x, int y, int reach)
    {
        var dark = 0;
        for (var dy = -reach; dy <= reach; dy += reach)
        {
            for (var dx = -reach; dx <= reach; dx += reach)
            {
                if (image.IsDarkClamped(x + dx, y + dy))
                {
                    dark++;
                }
            }
        }

        return dark >= 5;
    }
}
