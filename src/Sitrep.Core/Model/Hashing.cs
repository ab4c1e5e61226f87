using System.Security.Cryptography;
using System.Text;

namespace Sitrep.Model;

/// <summary>Short, stable hexadecimal digests used for ids.</summary>
public static class Hashing
{
    public static string Short(string value, int hexChars = 16)
    {
        Span<byte> digest = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(value), digest);
        return Convert.ToHexStringLower(digest)[..hexChars];
    }
}
