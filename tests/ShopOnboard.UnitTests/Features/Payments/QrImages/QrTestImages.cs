using QRCoder;
using ShopOnboard.Web.Features.Photos;

namespace ShopOnboard.UnitTests.Features.Payments.QrImages;

/// <summary>
/// Codes made by QRCoder (an independent encoder) and drawn into bitmaps in memory: any scale, quiet zone,
/// frame colour, quarter turns, arbitrary small rotations and damage, so each test states its image.
/// </summary>
internal static class QrTestImages
{
    /// <summary>A static VietQR transfer code (Vietcombank BIN 970436) with a correct CRC.</summary>
    public const string VietQrPayload = "00020101021138570010A00000072701270006970436011300110123456780208QRIBFTTA53037045802VN6304";

    public static string VietQr => VietQrPayload + Crc16(VietQrPayload);

    /// <summary>The symbol's modules without QRCoder's quiet zone, [row, column], true for dark.</summary>
    public static bool[,] Modules(string text, QRCodeGenerator.ECCLevel level = QRCodeGenerator.ECCLevel.M, int version = -1)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(text, level, requestedVersion: version);
        var size = 17 + (4 * data.Version);
        var border = (data.ModuleMatrix.Count - size) / 2;
        var modules = new bool[size, size];
        for (var row = 0; row < size; row++)
        {
            for (var col = 0; col < size; col++)
            {
                modules[row, col] = data.ModuleMatrix[row + border][col + border];
            }
        }

        return modules;
    }

    public static int Version(bool[,] modules) => (modules.GetLength(0) - 17) / 4;

    /// <summary>The code at <paramref name="scale"/> px per module inside a light quiet zone, then a coloured frame.</summary>
    public static LuminanceImage Render(bool[,] modules, int scale, int quietModules = 4, int frame = 0, byte frameLuma = 110)
    {
        var size = modules.GetLength(0);
        var side = ((size + (2 * quietModules)) * scale) + (2 * frame);
        var pixels = new byte[side * side];
        for (var y = 0; y < side; y++)
        {
            for (var x = 0; x < side; x++)
            {
                byte value = 255;
                if (x < frame || y < frame || x >= side - frame || y >= side - frame)
                {
                    value = frameLuma;
                }
                else
                {
                    var col = ((x - frame) / scale) - quietModules;
                    var row = ((y - frame) / scale) - quietModules;
                    if (row >= 0 && col >= 0 && row < size && col < size && modules[row, col])
                    {
                        value = 0;
                    }
                }

                pixels[(y * side) + x] = value;
            }
        }

        return new LuminanceImage(pixels, side, side);
    }

    /// <summary>Clockwise quarter turns of the module matrix.</summary>
    public static bool[,] Rotate(bool[,] modules, int quarterTurns)
    {
        var result = modules;
        for (var turn = 0; turn < ((quarterTurns % 4) + 4) % 4; turn++)
        {
            var size = result.GetLength(0);
            var next = new bool[size, size];
            for (var row = 0; row < size; row++)
            {
                for (var col = 0; col < size; col++)
                {
                    next[col, size - 1 - row] = result[row, col];
                }
            }

            result = next;
        }

        return result;
    }

    /// <summary>A light square over the centre covering <paramref name="share"/> of all modules, as bank apps draw their logo.</summary>
    public static bool[,] WithCentreLogo(bool[,] modules, double share)
    {
        var size = modules.GetLength(0);
        var side = (int)Math.Round(Math.Sqrt(share * size * size));
        var start = (size - side) / 2;
        var result = (bool[,])modules.Clone();
        for (var row = start; row < start + side; row++)
        {
            for (var col = start; col < start + side; col++)
            {
                // A dark ring around a light inside: a logo edge creates runs the finder scan must not take for finders.
                result[row, col] = row == start || col == start || row == start + side - 1 || col == start + side - 1;
            }
        }

        return result;
    }

    /// <summary>
    /// Drawn rotated by any angle around the centre, 4×4 supersampled so edges are grey as in a real screenshot
    /// of a scaled image.
    /// </summary>
    public static LuminanceImage RenderRotated(bool[,] modules, double scale, double degrees, int quietModules = 4)
    {
        var size = modules.GetLength(0);
        var codeSide = (size + (2 * quietModules)) * scale;
        var side = (int)Math.Ceiling(codeSide * 1.5);
        var pixels = new byte[side * side];
        double cos = Math.Cos(degrees * Math.PI / 180), sin = Math.Sin(degrees * Math.PI / 180), half = side / 2.0;
        for (var y = 0; y < side; y++)
        {
            for (var x = 0; x < side; x++)
            {
                var dark = 0;
                for (var sy = 0; sy < 4; sy++)
                {
                    for (var sx = 0; sx < 4; sx++)
                    {
                        double dx = x + ((sx + 0.5) / 4) - half, dy = y + ((sy + 0.5) / 4) - half;
                        var u = ((cos * dx) + (sin * dy) + (codeSide / 2)) / scale - quietModules;
                        var v = ((-sin * dx) + (cos * dy) + (codeSide / 2)) / scale - quietModules;
                        int col = (int)Math.Floor(u), row = (int)Math.Floor(v);
                        if (row >= 0 && col >= 0 && row < size && col < size && modules[row, col])
                        {
                            dark++;
                        }
                    }
                }

                pixels[(y * side) + x] = (byte)(255 - (dark * 255 / 16));
            }
        }

        return new LuminanceImage(pixels, side, side);
    }

    /// <summary>CRC-16/CCITT-FALSE as EMVCo specifies, written out here so the payload needs no production code.</summary>
    private static string Crc16(string text)
    {
        var crc = 0xFFFF;
        foreach (var b in System.Text.Encoding.ASCII.GetBytes(text))
        {
            crc ^= b << 8;
            for (var i = 0; i < 8; i++)
            {
                crc = (crc & 0x8000) != 0 ? ((crc << 1) ^ 0x1021) & 0xFFFF : (crc << 1) & 0xFFFF;
            }
        }

        return crc.ToString("X4", System.Globalization.CultureInfo.InvariantCulture);
    }
}
