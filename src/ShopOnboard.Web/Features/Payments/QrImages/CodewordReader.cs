namespace ShopOnboard.Web.Features.Payments.QrImages;

/// <summary>Turns the sampled modules into codewords: unmask, walk the zig-zag, split into RS blocks.</summary>
internal static class CodewordReader
{
    /// <summary>The eight data masks of ISO/IEC 18004 table 10; a true result flips the module.</summary>
    internal static bool MaskFlips(int mask, int row, int col) => mask switch
    {
        0 => (row + col) % 2 == 0,
        1 => row % 2 == 0,
        2 => col % 3 == 0,
        3 => (row + col) % 3 == 0,
        4 => ((row / 2) + (col / 3)) % 2 == 0,
        5 => ((row * col) % 2) + ((row * col) % 3) == 0,
        6 => (((row * col) % 2) + ((row * col) % 3)) % 2 == 0,
        _ => (((row + col) % 2) + ((row * col) % 3)) % 2 == 0,
    };

    /// <summary>
    /// Two-module-wide columns from the right edge, alternately upwards and downwards, skipping the vertical
    /// timing column and every function module; bits fill codewords most significant first.
    /// </summary>
    public static byte[] Read(ModuleGrid grid, QrVersion version, int mask)
    {
        var size = grid.Size;
        var codewords = new byte[version.TotalCodewords];
        int index = 0, bits = 0, current = 0;
        var upwards = true;
        for (var right = size - 1; right > 0; right -= 2)
        {
            if (right == 6)
            {
                right = 5;
            }

            for (var step = 0; step < size; step++)
            {
                var row = upwards ? size - 1 - step : step;
                for (var col = right; col >= right - 1; col--)
                {
                    if (version.IsFunction(row, col))
                    {
                        continue;
                    }

                    var dark = grid[row, col] ^ MaskFlips(mask, row, col);
                    current = (current << 1) | (dark ? 1 : 0);
                    if (++bits == 8)
                    {
                        // Versions 2 and up end in 3–7 remainder bits that belong to no codeword.
                        if (index < codewords.Length)
                        {
                            codewords[index++] = (byte)current;
                        }

                        bits = 0;
                        current = 0;
                    }
                }
            }

            upwards = !upwards;
        }

        return codewords;
    }

    /// <summary>
    /// Undoes the interleaving: data codewords were written round-robin across blocks (the longer blocks'
    /// extra codeword last), then the EC codewords round-robin.
    /// </summary>
    public static byte[][] Deinterleave(byte[] codewords, QrBlockLayout layout)
    {
        var blocks = new byte[layout.Count][];
        for (var b = 0; b < layout.Count; b++)
        {
            blocks[b] = new byte[layout.DataLength(b) + layout.EccPerBlock];
        }

        var index = 0;
        for (var i = 0; i < layout.ShortDataLength; i++)
        {
            for (var b = 0; b < layout.Count; b++)
            {
                blocks[b][i] = codewords[index++];
            }
        }

        for (var b = layout.ShortBlocks; b < layout.Count; b++)
        {
            blocks[b][layout.ShortDataLength] = codewords[index++];
        }

        for (var i = 0; i < layout.EccPerBlock; i++)
        {
            for (var b = 0; b < layout.Count; b++)
            {
                blocks[b][layout.DataLength(b) + i] = codewords[index++];
            }
        }

        return blocks;
    }
}
