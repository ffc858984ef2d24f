namespace ShopOnboard.Web.Features.Payments.QrImages;

/// <summary>
/// Whether a sampled grid really is a QR symbol at the size tried. Format information alone cannot tell:
/// over half of all random 15-bit patterns lie within 3 bits of a valid format codeword. The three finders
/// and the two timing lines are fixed, so a grid sampled from a false finder triple or at the wrong size
/// fails here, and the decoder reports "no code" instead of a misleading "damaged code".
/// </summary>
internal static class FunctionPatternCheck
{
    /// <summary>Leaves room for blur and a few damaged modules; a wrong grid scores around one half.</summary>
    private const double MinMatchingShare = 0.8;

    public static bool LooksLikeQr(ModuleGrid grid)
    {
        var size = grid.Size;
        int total = 0, matching = 0;
        void Expect(int row, int col, bool dark)
        {
            total++;
            matching += grid[row, col] == dark ? 1 : 0;
        }

        foreach (var (top, left) in new[] { (0, 0), (0, size - 7), (size - 7, 0) })
        {
            for (var r = 0; r < 7; r++)
            {
                for (var c = 0; c < 7; c++)
                {
                    // Rings from the centre: 3×3 dark core, light ring, dark outer ring.
                    var ring = Math.Max(Math.Abs(r - 3), Math.Abs(c - 3));
                    Expect(top + r, left + c, ring != 2);
                }
            }
        }

        for (var i = 8; i < size - 8; i++)
        {
            Expect(6, i, i % 2 == 0);
            Expect(i, 6, i % 2 == 0);
        }

        return matching >= MinMatchingShare * total;
    }
}
