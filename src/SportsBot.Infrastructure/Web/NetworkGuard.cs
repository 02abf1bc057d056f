using System.Buffers.Binary;
using System.Net;
using System.Net.Sockets;

namespace SportsBot.Infrastructure.Web;

/// <summary>
/// Decides which addresses a link may reach. A moderator's link (or a feed item, or a redirect) pointing at
/// 127.0.0.1, 10.x, 169.254.169.254 and the like would let chat users probe the bot's own network (SSRF).
/// The check runs on the address actually connected to, so DNS tricks cannot get around it. An IPv6 address
/// that carries an IPv4 address inside it (mapped, compatible, NAT64, 6to4, Teredo) reaches that IPv4 host,
/// so it is judged by the IPv4 rules as well.
/// </summary>
public static class NetworkGuard
{
    public static bool IsPublic(IPAddress address) => address.AddressFamily switch
    {
        AddressFamily.InterNetwork => IsPublicV4(BinaryPrimitives.ReadUInt32BigEndian(address.GetAddressBytes())),
        AddressFamily.InterNetworkV6 => IsPublicV6(address),
        _ => false,
    };

    private static bool IsPublicV4(uint a) =>
        !(InV4(a, 0x00000000, 8) // "this network", 0.0.0.0
            || InV4(a, 0x0A000000, 8) // 10/8
            || InV4(a, 0x64400000, 10) // carrier-grade NAT 100.64/10
            || InV4(a, 0x7F000000, 8) // loopback
            || InV4(a, 0xA9FE0000, 16) // link-local, cloud metadata (169.254.169.254)
            || InV4(a, 0xAC100000, 12) // 172.16/12
            || InV4(a, 0xC0000000, 24) // IETF protocol assignments 192.0.0/24
            || InV4(a, 0xC0000200, 24) // documentation 192.0.2/24
            || InV4(a, 0xC0586300, 24) // 6to4 relay anycast 192.88.99/24
            || InV4(a, 0xC0A80000, 16) // 192.168/16
            || InV4(a, 0xC6120000, 15) // benchmarking 198.18/15
            || InV4(a, 0xC6336400, 24) // documentation 198.51.100/24
            || InV4(a, 0xCB007100, 24) // documentation 203.0.113/24
            || a >= 0xE0000000); // multicast 224/4, reserved 240/4, broadcast

    private static bool IsPublicV6(IPAddress address)
    {
        var b = address.GetAddressBytes();
        var high = BinaryPrimitives.ReadUInt64BigEndian(b);
        var low = BinaryPrimitives.ReadUInt64BigEndian(b.AsSpan(8));
        var lastV4 = (uint)low;

        if (high == 0)
        {
            // ::/96 holds ::, ::1 and the IPv4-compatible ::a.b.c.d; ::ffff:0:0/96 the IPv4-mapped ::ffff:a.b.c.d;
            // ::ffff:0:0:0/96 the IPv4-translated form. All reach the IPv4 address (or nothing).
            return (low >> 32) switch
            {
                0 or 0xFFFF or 0xFFFF_0000 => IsPublicV4(lastV4),
                _ => false,
            };
        }

        var first16 = (ushort)(high >> 48);
        var first32 = (uint)(high >> 32);
        return !(first16 >= 0xFF00 // multicast ff00::/8
            || (first16 & 0xFFC0) == 0xFE80 // link-local fe80::/10
            || (first16 & 0xFFC0) == 0xFEC0 // site-local fec0::/10 (deprecated, still routed inside networks)
            || (first16 & 0xFE00) == 0xFC00 // unique local fc00::/7, including fd00:ec2::254 metadata
            || first32 == 0x20010DB8 // documentation 2001:db8::/32
            || (high >> 44) == 0x3FFF0 // documentation 3fff::/20
            || high == 0x0100_0000_0000_0000 // discard-only 100::/64
            || (first32 == 0x0064FF9B && !IsPublicNat64(high, low)) // NAT64
            || (first16 == 0x2002 && !IsPublicV4((uint)(high >> 16))) // 6to4 2002:a.b.c.d::/48
            || (first32 == 0x20010000 && !IsPublicTeredo(high, low))); // Teredo 2001::/32
    }

    /// <summary>
    /// The well-known NAT64 prefix 64:ff9b::/96 reaches the IPv4 address in its last 32 bits. The rest of 64:ff9b::/32
    /// is the local-use 64:ff9b:1::/48 (never on the public internet, embedding wherever its operator chose) or unassigned.
    /// </summary>
    private static bool IsPublicNat64(ulong high, ulong low) => high == 0x0064_FF9B_0000_0000 && (low >> 32) == 0 && IsPublicV4((uint)low);

    /// <summary>Teredo: 2001:0:SERVER:flags:port:CLIENT, the client's address and port stored inverted.</summary>
    private static bool IsPublicTeredo(ulong high, ulong low) => IsPublicV4((uint)high) && IsPublicV4(~(uint)low);

    private static bool InV4(uint address, uint network, int prefixLength) =>
        (address & (uint.MaxValue << (32 - prefixLength))) == network;
}
