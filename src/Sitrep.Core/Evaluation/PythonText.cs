using System.Globalization;
using System.Text;

namespace Sitrep.Evaluation;

/// <summary>
/// The few string operations of Python 3.11 (Unicode 14.0) that the reference scorer relies on, reproduced without
/// ICU (the project runs in invariant globalization mode, where string.Normalize does not decompose):
/// <c>unicodedata.normalize("NFKD", s).encode("ascii", "ignore")</c>, <c>str.upper()</c>, <c>len(str)</c> and
/// <c>str.split()</c>'s whitespace. The tables are data generated from Python:
/// <code>
/// for cp in range(0x80, 0x110000):  # not surrogates
///     ascii = unicodedata.normalize("NFKD", chr(cp)).encode("ascii", "ignore").decode()  # -> AsciiParts, as runs
///     upper = chr(cp).upper()          # -> UpperExceptions where it differs from .NET's ToUpperInvariant
/// </code>
/// </summary>
internal static class PythonText
{
    /// <summary>Python's <c>len()</c>: code points, a surrogate pair counting once.</summary>
    public static int Length(string s)
    {
        var n = s.Length;
        for (var i = 1; i < s.Length; i++)
        {
            if (char.IsLowSurrogate(s[i]) && char.IsHighSurrogate(s[i - 1]))
            {
                n--;
                i++;
            }
        }
        return n;
    }

    /// <summary>The ASCII characters of the NFKD form of <paramref name="s"/>: "Ejército" gives "Ejercito".</summary>
    public static string NfkdAscii(string s)
    {
        var result = new StringBuilder(s.Length);
        for (var i = 0; i < s.Length; i++)
        {
            int cp = s[i];
            if (cp < 0x80)
            {
                result.Append(s[i]);
                continue;
            }
            if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
            {
                cp = char.ConvertToUtf32(s[i], s[i + 1]);
                i++;
            }
            if (AsciiParts.Value.TryGetValue(cp, out var ascii)) result.Append(ascii);
        }
        return result.ToString();
    }

    /// <summary>Python's <c>str.upper()</c>: full case mapping ("ß" gives "SS").</summary>
    public static string Upper(string s)
    {
        var result = new StringBuilder(s.Length);
        for (var i = 0; i < s.Length; i++)
        {
            var width = char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]) ? 2 : 1;
            var cp = width == 2 ? char.ConvertToUtf32(s[i], s[i + 1]) : s[i];
            if (UpperExceptions.Value.TryGetValue(cp, out var upper)) result.Append(upper);
            else if (cp < 0x80) result.Append(char.ToUpperInvariant(s[i]));
            else result.Append(s.AsSpan(i, width).ToString().ToUpperInvariant());
            i += width - 1;
        }
        return result.ToString();
    }

    /// <summary>Python's <c>str.isspace()</c> for the characters it can meet after ASCII folding.</summary>
    public static bool IsAsciiSpace(char c) => c is ' ' or '\t' or '\n' or '\v' or '\f' or '\r' or (>= '\x1c' and <= '\x1f');

    /// <summary>Python's <c>str.isspace()</c>: Unicode whitespace (bidirectional class WS, B or S, or category Zs).</summary>
    public static bool IsSpace(char c) =>
        IsAsciiSpace(c) || c is '\x85' || (c > 0x7f && (char.IsWhiteSpace(c) || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.SpaceSeparator));

    private static readonly Lazy<Dictionary<int, string>> AsciiParts = new(() =>
    {
        var table = new Dictionary<int, string>();
        foreach (var run in AsciiRuns.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            // START.COUNT=HEX (every code point maps to the same ASCII) or START.COUNT+HEX (one character, counting up).
            var dot = run.IndexOf('.');
            var op = run.IndexOfAny(['=', '+']);
            var start = int.Parse(run.AsSpan(0, dot), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
            var count = int.Parse(run.AsSpan(dot + 1, op - dot - 1), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
            var ascii = FromHexBytes(run.AsSpan(op + 1));
            for (var k = 0; k < count; k++)
            {
                table[start + k] = run[op] == '=' ? ascii : ((char)(ascii[0] + k)).ToString();
            }
        }
        return table;
    });

    private static readonly Lazy<Dictionary<int, string>> UpperExceptions = new(() =>
    {
        var table = new Dictionary<int, string>();
        foreach (var entry in UpperRuns.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            // CP=CP.CP...: Python's upper() of CP where .NET's ToUpperInvariant differs.
            var eq = entry.IndexOf('=');
            var cp = int.Parse(entry.AsSpan(0, eq), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
            var upper = new StringBuilder();
            foreach (var part in entry[(eq + 1)..].Split('.'))
            {
                upper.Append(char.ConvertFromUtf32(int.Parse(part, NumberStyles.HexNumber, CultureInfo.InvariantCulture)));
            }
            table[cp] = upper.ToString();
        }
        return table;
    });

    private static string FromHexBytes(ReadOnlySpan<char> hex)
    {
        var chars = new char[hex.Length / 2];
        for (var k = 0; k < chars.Length; k++)
        {
            chars[k] = (char)int.Parse(hex.Slice(2 * k, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
        }
        return new string(chars);
    }

    private const string AsciiRuns =
        "A0.1=20 A8.1=20 AA.1=61 AF.1=20 B2.2+32 B4.1=20 B8.1=20 B9.1=31 BA.1=6F BC.1=3134 BD.1=3132 BE.1=3334 C0.6=41 " +
        "C7.1=43 C8.4=45 CC.4=49 D1.2+4E D3.4=4F D9.4=55 DD.1=59 E0.6=61 E7.1=63 E8.4=65 EC.4=69 F1.2+6E F3.4=6F " +
        "F9.4=75 FD.1=79 FF.1=79 100.1=41 101.1=61 102.1=41 103.1=61 104.1=41 105.1=61 106.1=43 107.1=63 108.1=43 " +
        "109.1=63 10A.1=43 10B.1=63 10C.1=43 10D.1=63 10E.1=44 10F.1=64 112.1=45 113.1=65 114.1=45 115.1=65 116.1=45 " +
        "117.1=65 118.1=45 119.1=65 11A.1=45 11B.1=65 11C.1=47 11D.1=67 11E.1=47 11F.1=67 120.1=47 121.1=67 122.1=47 " +
        "123.1=67 124.1=48 125.1=68 128.1=49 129.1=69 12A.1=49 12B.1=69 12C.1=49 12D.1=69 12E.1=49 12F.1=69 130.1=49 " +
        "132.1=494A 133.1=696A 134.1=4A 135.1=6A 136.1=4B 137.1=6B 139.1=4C 13A.1=6C 13B.1=4C 13C.1=6C 13D.1=4C " +
        "13E.1=6C 13F.1=4C 140.1=6C 143.1=4E 144.1=6E 145.1=4E 146.1=6E 147.1=4E 148.2=6E 14C.1=4F 14D.1=6F 14E.1=4F " +
        "14F.1=6F 150.1=4F 151.1=6F 154.1=52 155.1=72 156.1=52 157.1=72 158.1=52 159.1=72 15A.1=53 15B.1=73 15C.1=53 " +
        "15D.1=73 15E.1=53 15F.1=73 160.1=53 161.1=73 162.1=54 163.1=74 164.1=54 165.1=74 168.1=55 169.1=75 16A.1=55 " +
        "16B.1=75 16C.1=55 16D.1=75 16E.1=55 16F.1=75 170.1=55 171.1=75 172.1=55 173.1=75 174.1=57 175.1=77 176.1=59 " +
        "177.1=79 178.2+59 17A.1=7A 17B.1=5A 17C.1=7A 17D.1=5A 17E.1=7A 17F.1=73 1A0.1=4F 1A1.1=6F 1AF.1=55 1B0.1=75 " +
        "1C4.1=445A 1C5.1=447A 1C6.1=647A 1C7.1=4C4A 1C8.1=4C6A 1C9.1=6C6A 1CA.1=4E4A 1CB.1=4E6A 1CC.1=6E6A 1CD.1=41 " +
        "1CE.1=61 1CF.1=49 1D0.1=69 1D1.1=4F 1D2.1=6F 1D3.1=55 1D4.1=75 1D5.1=55 1D6.1=75 1D7.1=55 1D8.1=75 1D9.1=55 " +
        "1DA.1=75 1DB.1=55 1DC.1=75 1DE.1=41 1DF.1=61 1E0.1=41 1E1.1=61 1E6.1=47 1E7.1=67 1E8.1=4B 1E9.1=6B 1EA.1=4F " +
        "1EB.1=6F 1EC.1=4F 1ED.1=6F 1F0.1=6A 1F1.1=445A 1F2.1=447A 1F3.1=647A 1F4.1=47 1F5.1=67 1F8.1=4E 1F9.1=6E " +
        "1FA.1=41 1FB.1=61 200.1=41 201.1=61 202.1=41 203.1=61 204.1=45 205.1=65 206.1=45 207.1=65 208.1=49 209.1=69 " +
        "20A.1=49 20B.1=69 20C.1=4F 20D.1=6F 20E.1=4F 20F.1=6F 210.1=52 211.1=72 212.1=52 213.1=72 214.1=55 215.1=75 " +
        "216.1=55 217.1=75 218.1=53 219.1=73 21A.1=54 21B.1=74 21E.1=48 21F.1=68 226.1=41 227.1=61 228.1=45 229.1=65 " +
        "22A.1=4F 22B.1=6F 22C.1=4F 22D.1=6F 22E.1=4F 22F.1=6F 230.1=4F 231.1=6F 232.1=59 233.1=79 2B0.1=68 2B2.1=6A " +
        "2B3.1=72 2B7.1=77 2B8.1=79 2D8.6=20 2E1.1=6C 2E2.1=73 2E3.1=78 37A.1=20 37E.1=3B 384.2=20 1D2C.1=41 1D2E.1=42 " +
        "1D30.2+44 1D33.8+47 1D3C.1=4F 1D3E.1=50 1D3F.1=52 1D40.2+54 1D42.1=57 1D43.1=61 1D47.1=62 1D48.2+64 1D4D.1=67 " +
        "1D4F.1=6B 1D50.1=6D 1D52.1=6F 1D56.1=70 1D57.2+74 1D5B.1=76 1D62.1=69 1D63.1=72 1D64.2+75 1D9C.1=63 1DA0.1=66 " +
        "1DBB.1=7A 1E00.1=41 1E01.1=61 1E02.1=42 1E03.1=62 1E04.1=42 1E05.1=62 1E06.1=42 1E07.1=62 1E08.1=43 1E09.1=63 " +
        "1E0A.1=44 1E0B.1=64 1E0C.1=44 1E0D.1=64 1E0E.1=44 1E0F.1=64 1E10.1=44 1E11.1=64 1E12.1=44 1E13.1=64 1E14.1=45 " +
        "1E15.1=65 1E16.1=45 1E17.1=65 1E18.1=45 1E19.1=65 1E1A.1=45 1E1B.1=65 1E1C.1=45 1E1D.1=65 1E1E.1=46 1E1F.1=66 " +
        "1E20.1=47 1E21.1=67 1E22.1=48 1E23.1=68 1E24.1=48 1E25.1=68 1E26.1=48 1E27.1=68 1E28.1=48 1E29.1=68 1E2A.1=48 " +
        "1E2B.1=68 1E2C.1=49 1E2D.1=69 1E2E.1=49 1E2F.1=69 1E30.1=4B 1E31.1=6B 1E32.1=4B 1E33.1=6B 1E34.1=4B 1E35.1=6B " +
        "1E36.1=4C 1E37.1=6C 1E38.1=4C 1E39.1=6C 1E3A.1=4C 1E3B.1=6C 1E3C.1=4C 1E3D.1=6C 1E3E.1=4D 1E3F.1=6D 1E40.1=4D " +
        "1E41.1=6D 1E42.1=4D 1E43.1=6D 1E44.1=4E 1E45.1=6E 1E46.1=4E 1E47.1=6E 1E48.1=4E 1E49.1=6E 1E4A.1=4E 1E4B.1=6E " +
        "1E4C.1=4F 1E4D.1=6F 1E4E.1=4F 1E4F.1=6F 1E50.1=4F 1E51.1=6F 1E52.1=4F 1E53.1=6F 1E54.1=50 1E55.1=70 1E56.1=50 " +
        "1E57.1=70 1E58.1=52 1E59.1=72 1E5A.1=52 1E5B.1=72 1E5C.1=52 1E5D.1=72 1E5E.1=52 1E5F.1=72 1E60.1=53 1E61.1=73 " +
        "1E62.1=53 1E63.1=73 1E64.1=53 1E65.1=73 1E66.1=53 1E67.1=73 1E68.1=53 1E69.1=73 1E6A.1=54 1E6B.1=74 1E6C.1=54 " +
        "1E6D.1=74 1E6E.1=54 1E6F.1=74 1E70.1=54 1E71.1=74 1E72.1=55 1E73.1=75 1E74.1=55 1E75.1=75 1E76.1=55 1E77.1=75 " +
        "1E78.1=55 1E79.1=75 1E7A.1=55 1E7B.1=75 1E7C.1=56 1E7D.1=76 1E7E.1=56 1E7F.1=76 1E80.1=57 1E81.1=77 1E82.1=57 " +
        "1E83.1=77 1E84.1=57 1E85.1=77 1E86.1=57 1E87.1=77 1E88.1=57 1E89.1=77 1E8A.1=58 1E8B.1=78 1E8C.1=58 1E8D.1=78 " +
        "1E8E.1=59 1E8F.1=79 1E90.1=5A 1E91.1=7A 1E92.1=5A 1E93.1=7A 1E94.1=5A 1E95.1=7A 1E96.1=68 1E97.1=74 1E98.1=77 " +
        "1E99.1=79 1E9A.1=61 1E9B.1=73 1EA0.1=41 1EA1.1=61 1EA2.1=41 1EA3.1=61 1EA4.1=41 1EA5.1=61 1EA6.1=41 1EA7.1=61 " +
        "1EA8.1=41 1EA9.1=61 1EAA.1=41 1EAB.1=61 1EAC.1=41 1EAD.1=61 1EAE.1=41 1EAF.1=61 1EB0.1=41 1EB1.1=61 1EB2.1=41 " +
        "1EB3.1=61 1EB4.1=41 1EB5.1=61 1EB6.1=41 1EB7.1=61 1EB8.1=45 1EB9.1=65 1EBA.1=45 1EBB.1=65 1EBC.1=45 1EBD.1=65 " +
        "1EBE.1=45 1EBF.1=65 1EC0.1=45 1EC1.1=65 1EC2.1=45 1EC3.1=65 1EC4.1=45 1EC5.1=65 1EC6.1=45 1EC7.1=65 1EC8.1=49 " +
        "1EC9.1=69 1ECA.1=49 1ECB.1=69 1ECC.1=4F 1ECD.1=6F 1ECE.1=4F 1ECF.1=6F 1ED0.1=4F 1ED1.1=6F 1ED2.1=4F 1ED3.1=6F " +
        "1ED4.1=4F 1ED5.1=6F 1ED6.1=4F 1ED7.1=6F 1ED8.1=4F 1ED9.1=6F 1EDA.1=4F 1EDB.1=6F 1EDC.1=4F 1EDD.1=6F 1EDE.1=4F " +
        "1EDF.1=6F 1EE0.1=4F 1EE1.1=6F 1EE2.1=4F 1EE3.1=6F 1EE4.1=55 1EE5.1=75 1EE6.1=55 1EE7.1=75 1EE8.1=55 1EE9.1=75 " +
        "1EEA.1=55 1EEB.1=75 1EEC.1=55 1EED.1=75 1EEE.1=55 1EEF.1=75 1EF0.1=55 1EF1.1=75 1EF2.1=59 1EF3.1=79 1EF4.1=59 " +
        "1EF5.1=79 1EF6.1=59 1EF7.1=79 1EF8.1=59 1EF9.1=79 1FBD.1=20 1FBF.3=20 1FCD.3=20 1FDD.3=20 1FED.2=20 1FEF.1=60 " +
        "1FFD.2=20 2000.B=20 2017.1=20 2024.1=2E 2025.1=2E2E 2026.1=2E2E2E 202F.1=20 203C.1=2121 203E.1=20 2047.1=3F3F " +
        "2048.1=3F21 2049.1=213F 205F.1=20 2070.1=30 2071.1=69 2074.6+34 207A.1=2B 207C.1=3D 207D.2+28 207F.1=6E " +
        "2080.A+30 208A.1=2B 208C.1=3D 208D.2+28 2090.1=61 2091.1=65 2092.1=6F 2093.1=78 2095.1=68 2096.4+6B 209A.1=70 " +
        "209B.2+73 20A8.1=5273 2100.1=612F63 2101.1=612F73 2102.2=43 2105.1=632F6F 2106.1=632F75 2109.1=46 210A.1=67 " +
        "210B.3=48 210E.1=68 2110.2=49 2112.1=4C 2113.1=6C 2115.1=4E 2116.1=4E6F 2119.3+50 211C.2=52 2120.1=534D " +
        "2121.1=54454C 2122.1=544D 2124.1=5A 2128.1=5A 212A.1=4B 212B.3+41 212F.1=65 2130.2+45 2133.1=4D 2134.1=6F " +
        "2139.1=69 213B.1=464158 2145.1=44 2146.2+64 2148.2+69 2150.1=3137 2151.1=3139 2152.1=313130 2153.1=3133 " +
        "2154.1=3233 2155.1=3135 2156.1=3235 2157.1=3335 2158.1=3435 2159.1=3136 215A.1=3536 215B.1=3138 215C.1=3338 " +
        "215D.1=3538 215E.1=3738 215F.1=31 2160.1=49 2161.1=4949 2162.1=494949 2163.1=4956 2164.1=56 2165.1=5649 " +
        "2166.1=564949 2167.1=56494949 2168.1=4958 2169.1=58 216A.1=5849 216B.1=584949 216C.1=4C 216D.2+43 216F.1=4D " +
        "2170.1=69 2171.1=6969 2172.1=696969 2173.1=6976 2174.1=76 2175.1=7669 2176.1=766969 2177.1=76696969 " +
        "2178.1=6978 2179.1=78 217A.1=7869 217B.1=786969 217C.1=6C 217D.2+63 217F.1=6D 2189.1=3033 2260.1=3D 226E.1=3C " +
        "226F.1=3E 2460.9+31 2469.1=3130 246A.1=3131 246B.1=3132 246C.1=3133 246D.1=3134 246E.1=3135 246F.1=3136 " +
        "2470.1=3137 2471.1=3138 2472.1=3139 2473.1=3230 2474.1=283129 2475.1=283229 2476.1=283329 2477.1=283429 " +
        "2478.1=283529 2479.1=283629 247A.1=283729 247B.1=283829 247C.1=283929 247D.1=28313029 247E.1=28313129 " +
        "247F.1=28313229 2480.1=28313329 2481.1=28313429 2482.1=28313529 2483.1=28313629 2484.1=28313729 " +
        "2485.1=28313829 2486.1=28313929 2487.1=28323029 2488.1=312E 2489.1=322E 248A.1=332E 248B.1=342E 248C.1=352E " +
        "248D.1=362E 248E.1=372E 248F.1=382E 2490.1=392E 2491.1=31302E 2492.1=31312E 2493.1=31322E 2494.1=31332E " +
        "2495.1=31342E 2496.1=31352E 2497.1=31362E 2498.1=31372E 2499.1=31382E 249A.1=31392E 249B.1=32302E " +
        "249C.1=286129 249D.1=286229 249E.1=286329 249F.1=286429 24A0.1=286529 24A1.1=286629 24A2.1=286729 " +
        "24A3.1=286829 24A4.1=286929 24A5.1=286A29 24A6.1=286B29 24A7.1=286C29 24A8.1=286D29 24A9.1=286E29 " +
        "24AA.1=286F29 24AB.1=287029 24AC.1=287129 24AD.1=287229 24AE.1=287329 24AF.1=287429 24B0.1=287529 " +
        "24B1.1=287629 24B2.1=287729 24B3.1=287829 24B4.1=287929 24B5.1=287A29 24B6.1A+41 24D0.1A+61 24EA.1=30 " +
        "2A74.1=3A3A3D 2A75.1=3D3D 2A76.1=3D3D3D 2C7C.1=6A 2C7D.1=56 3000.1=20 309B.2=20 3200.1F=2829 3220.24=2829 " +
        "3250.1=505445 3251.1=3231 3252.1=3232 3253.1=3233 3254.1=3234 3255.1=3235 3256.1=3236 3257.1=3237 3258.1=3238 " +
        "3259.1=3239 325A.1=3330 325B.1=3331 325C.1=3332 325D.1=3333 325E.1=3334 325F.1=3335 32B1.1=3336 32B2.1=3337 " +
        "32B3.1=3338 32B4.1=3339 32B5.1=3430 32B6.1=3431 32B7.1=3432 32B8.1=3433 32B9.1=3434 32BA.1=3435 32BB.1=3436 " +
        "32BC.1=3437 32BD.1=3438 32BE.1=3439 32BF.1=3530 32C0.9+31 32C9.1=3130 32CA.1=3131 32CB.1=3132 32CC.1=4867 " +
        "32CD.1=657267 32CE.1=6556 32CF.1=4C5444 3358.A+30 3362.1=3130 3363.1=3131 3364.1=3132 3365.1=3133 3366.1=3134 " +
        "3367.1=3135 3368.1=3136 3369.1=3137 336A.1=3138 336B.1=3139 336C.1=3230 336D.1=3231 336E.1=3232 336F.1=3233 " +
        "3370.1=3234 3371.1=685061 3372.1=6461 3373.1=4155 3374.1=626172 3375.1=6F56 3376.1=7063 3377.1=646D " +
        "3378.1=646D32 3379.1=646D33 337A.1=4955 3380.1=7041 3381.1=6E41 3382.1=41 3383.1=6D41 3384.1=6B41 3385.1=4B42 " +
        "3386.1=4D42 3387.1=4742 3388.1=63616C 3389.1=6B63616C 338A.1=7046 338B.1=6E46 338C.1=46 338D.1=67 338E.1=6D67 " +
        "338F.1=6B67 3390.1=487A 3391.1=6B487A 3392.1=4D487A 3393.1=47487A 3394.1=54487A 3395.1=6C 3396.1=6D6C " +
        "3397.1=646C 3398.1=6B6C 3399.1=666D 339A.1=6E6D 339B.1=6D 339C.1=6D6D 339D.1=636D 339E.1=6B6D 339F.1=6D6D32 " +
        "33A0.1=636D32 33A1.1=6D32 33A2.1=6B6D32 33A3.1=6D6D33 33A4.1=636D33 33A5.1=6D33 33A6.1=6B6D33 33A7.1=6D73 " +
        "33A8.1=6D7332 33A9.1=5061 33AA.1=6B5061 33AB.1=4D5061 33AC.1=475061 33AD.1=726164 33AE.1=72616473 " +
        "33AF.1=7261647332 33B0.1=7073 33B1.1=6E73 33B2.1=73 33B3.1=6D73 33B4.1=7056 33B5.1=6E56 33B6.1=56 33B7.1=6D56 " +
        "33B8.1=6B56 33B9.1=4D56 33BA.1=7057 33BB.1=6E57 33BC.1=57 33BD.1=6D57 33BE.1=6B57 33BF.1=4D57 33C0.1=6B " +
        "33C1.1=4D 33C2.1=612E6D2E 33C3.1=4271 33C4.1=6363 33C5.1=6364 33C6.1=436B67 33C7.1=436F2E 33C8.1=6442 " +
        "33C9.1=4779 33CA.1=6861 33CB.1=4850 33CC.1=696E 33CD.1=4B4B 33CE.1=4B4D 33CF.1=6B74 33D0.1=6C6D 33D1.1=6C6E " +
        "33D2.1=6C6F67 33D3.1=6C78 33D4.1=6D62 33D5.1=6D696C 33D6.1=6D6F6C 33D7.1=5048 33D8.1=702E6D2E 33D9.1=50504D " +
        "33DA.1=5052 33DB.1=7372 33DC.1=5376 33DD.1=5762 33DE.1=566D 33DF.1=416D 33E0.9+31 33E9.1=3130 33EA.1=3131 " +
        "33EB.1=3132 33EC.1=3133 33ED.1=3134 33EE.1=3135 33EF.1=3136 33F0.1=3137 33F1.1=3138 33F2.1=3139 33F3.1=3230 " +
        "33F4.1=3231 33F5.1=3232 33F6.1=3233 33F7.1=3234 33F8.1=3235 33F9.1=3236 33FA.1=3237 33FB.1=3238 33FC.1=3239 " +
        "33FD.1=3330 33FE.1=3331 33FF.1=67616C A7F2.1=43 A7F3.1=46 A7F4.1=51 FB00.1=6666 FB01.1=6669 FB02.1=666C " +
        "FB03.1=666669 FB04.1=66666C FB05.2=7374 FB29.1=2B FC5E.6=20 FDFA.1=202020 FDFB.1=20 FE10.1=2C FE13.2+3A " +
        "FE15.1=21 FE16.1=3F FE19.1=2E2E2E FE30.1=2E2E FE33.2=5F FE35.2+28 FE37.1=7B FE38.1=7D FE47.1=5B FE48.1=5D " +
        "FE49.4=20 FE4D.3=5F FE50.1=2C FE52.1=2E FE54.1=3B FE55.1=3A FE56.1=3F FE57.1=21 FE59.2+28 FE5B.1=7B FE5C.1=7D " +
        "FE5F.1=23 FE60.1=26 FE61.2+2A FE63.1=2D FE64.1=3C FE65.1=3E FE66.1=3D FE68.1=5C FE69.2+24 FE6B.1=40 FE70.1=20 " +
        "FE72.1=20 FE74.1=20 FE76.1=20 FE78.1=20 FE7A.1=20 FE7C.1=20 FE7E.1=20 FF01.5E+21 FFE3.1=20 107A5.1=71 " +
        "1D400.1A+41 1D41A.1A+61 1D434.1A+41 1D44E.7+61 1D456.12+69 1D468.1A+41 1D482.1A+61 1D49C.1=41 1D49E.2+43 " +
        "1D4A2.1=47 1D4A5.2+4A 1D4A9.4+4E 1D4AE.8+53 1D4B6.4+61 1D4BB.1=66 1D4BD.7+68 1D4C5.B+70 1D4D0.1A+41 " +
        "1D4EA.1A+61 1D504.2+41 1D507.4+44 1D50D.8+4A 1D516.7+53 1D51E.1A+61 1D538.2+41 1D53B.4+44 1D540.5+49 " +
        "1D546.1=4F 1D54A.7+53 1D552.1A+61 1D56C.1A+41 1D586.1A+61 1D5A0.1A+41 1D5BA.1A+61 1D5D4.1A+41 1D5EE.1A+61 " +
        "1D608.1A+41 1D622.1A+61 1D63C.1A+41 1D656.1A+61 1D670.1A+41 1D68A.1A+61 1D7CE.A+30 1D7D8.A+30 1D7E2.A+30 " +
        "1D7EC.A+30 1D7F6.A+30 1F100.1=302E 1F101.1=302C 1F102.1=312C 1F103.1=322C 1F104.1=332C 1F105.1=342C " +
        "1F106.1=352C 1F107.1=362C 1F108.1=372C 1F109.1=382C 1F10A.1=392C 1F110.1=284129 1F111.1=284229 1F112.1=284329 " +
        "1F113.1=284429 1F114.1=284529 1F115.1=284629 1F116.1=284729 1F117.1=284829 1F118.1=284929 1F119.1=284A29 " +
        "1F11A.1=284B29 1F11B.1=284C29 1F11C.1=284D29 1F11D.1=284E29 1F11E.1=284F29 1F11F.1=285029 1F120.1=285129 " +
        "1F121.1=285229 1F122.1=285329 1F123.1=285429 1F124.1=285529 1F125.1=285629 1F126.1=285729 1F127.1=285829 " +
        "1F128.1=285929 1F129.1=285A29 1F12A.1=53 1F12B.1=43 1F12C.1=52 1F12D.1=4344 1F12E.1=575A 1F130.1A+41 " +
        "1F14A.1=4856 1F14B.1=4D56 1F14C.1=5344 1F14D.1=5353 1F14E.1=505056 1F14F.1=5743 1F16A.1=4D43 1F16B.1=4D44 " +
        "1F16C.1=4D52 1F190.1=444A 1FBF0.A+30 ";

    private const string UpperRuns =
        "DF=53.53 131=49 149=2BC.4E 17F=53 19B=19B 1F0=4A.30C 264=264 390=399.308.301 3B0=3A5.308.301 587=535.552 " +
        "1C8A=1C8A 1E96=48.331 1E97=54.308 1E98=57.30A 1E99=59.30A 1E9A=41.2BE 1F50=3A5.313 1F52=3A5.313.300 " +
        "1F54=3A5.313.301 1F56=3A5.313.342 1F80=1F08.399 1F81=1F09.399 1F82=1F0A.399 1F83=1F0B.399 1F84=1F0C.399 " +
        "1F85=1F0D.399 1F86=1F0E.399 1F87=1F0F.399 1F88=1F08.399 1F89=1F09.399 1F8A=1F0A.399 1F8B=1F0B.399 " +
        "1F8C=1F0C.399 1F8D=1F0D.399 1F8E=1F0E.399 1F8F=1F0F.399 1F90=1F28.399 1F91=1F29.399 1F92=1F2A.399 " +
        "1F93=1F2B.399 1F94=1F2C.399 1F95=1F2D.399 1F96=1F2E.399 1F97=1F2F.399 1F98=1F28.399 1F99=1F29.399 " +
        "1F9A=1F2A.399 1F9B=1F2B.399 1F9C=1F2C.399 1F9D=1F2D.399 1F9E=1F2E.399 1F9F=1F2F.399 1FA0=1F68.399 " +
        "1FA1=1F69.399 1FA2=1F6A.399 1FA3=1F6B.399 1FA4=1F6C.399 1FA5=1F6D.399 1FA6=1F6E.399 1FA7=1F6F.399 " +
        "1FA8=1F68.399 1FA9=1F69.399 1FAA=1F6A.399 1FAB=1F6B.399 1FAC=1F6C.399 1FAD=1F6D.399 1FAE=1F6E.399 " +
        "1FAF=1F6F.399 1FB2=1FBA.399 1FB3=391.399 1FB4=386.399 1FB6=391.342 1FB7=391.342.399 1FBC=391.399 " +
        "1FC2=1FCA.399 1FC3=397.399 1FC4=389.399 1FC6=397.342 1FC7=397.342.399 1FCC=397.399 1FD2=399.308.300 " +
        "1FD3=399.308.301 1FD6=399.342 1FD7=399.308.342 1FE2=3A5.308.300 1FE3=3A5.308.301 1FE4=3A1.313 1FE6=3A5.342 " +
        "1FE7=3A5.308.342 1FF2=1FFA.399 1FF3=3A9.399 1FF4=38F.399 1FF6=3A9.342 1FF7=3A9.342.399 1FFC=3A9.399 A7CD=A7CD " +
        "A7DB=A7DB FB00=46.46 FB01=46.49 FB02=46.4C FB03=46.46.49 FB04=46.46.4C FB05=53.54 FB06=53.54 FB13=544.546 " +
        "FB14=544.535 FB15=544.53B FB16=54E.546 FB17=544.53D 10D70=10D70 10D71=10D71 10D72=10D72 10D73=10D73 " +
        "10D74=10D74 10D75=10D75 10D76=10D76 10D77=10D77 10D78=10D78 10D79=10D79 10D7A=10D7A 10D7B=10D7B 10D7C=10D7C " +
        "10D7D=10D7D 10D7E=10D7E 10D7F=10D7F 10D80=10D80 10D81=10D81 10D82=10D82 10D83=10D83 10D84=10D84 10D85=10D85 ";
}
