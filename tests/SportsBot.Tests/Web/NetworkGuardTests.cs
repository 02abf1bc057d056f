using System.Net;
using SportsBot.Core.Knowledge;
using SportsBot.Infrastructure.Web;
using SportsBot.Tests.Infrastructure;

namespace SportsBot.Tests.Web;

/// <summary>The production guard itself (not a test policy): which addresses a moderator's link may reach.</summary>
public sealed class NetworkGuardTests
{
    public static TheoryData<string, string> Refused => new()
    {
        { "127.0.0.1", "loopback" },
        { "127.255.255.254", "loopback" },
        { "0.0.0.0", "unspecified" },
        { "0.1.2.3", "this network" },
        { "10.0.0.1", "private" },
        { "172.16.0.1", "private" },
        { "172.31.255.255", "private" },
        { "192.168.1.1", "private" },
        { "100.64.0.1", "carrier-grade NAT" },
        { "100.127.255.255", "carrier-grade NAT" },
        { "169.254.169.254", "link-local, cloud metadata" },
        { "192.0.0.8", "IETF protocol assignments" },
        { "192.0.2.10", "documentation" },
        { "198.51.100.7", "documentation" },
        { "203.0.113.99", "documentation" },
        { "198.18.0.1", "benchmarking" },
        { "192.88.99.1", "6to4 relay anycast" },
        { "224.0.0.1", "multicast" },
        { "239.255.255.250", "multicast" },
        { "240.0.0.1", "reserved" },
        { "255.255.255.255", "broadcast" },
        { "::", "unspecified" },
        { "::1", "loopback" },
        { "fe80::1", "link-local" },
        { "fec0::1", "site-local" },
        { "fc00::1", "unique local" },
        { "fd00:ec2::254", "unique local, cloud metadata" },
        { "ff02::1", "multicast" },
        { "2001:db8::1", "documentation" },
        { "3fff::1", "documentation" },
        { "100::1", "discard-only" },
        { "::ffff:127.0.0.1", "IPv4-mapped loopback" },
        { "::ffff:169.254.169.254", "IPv4-mapped metadata" },
        { "::ffff:10.1.2.3", "IPv4-mapped private" },
        { "::127.0.0.1", "IPv4-compatible loopback" },
        { "::169.254.169.254", "IPv4-compatible metadata" },
        { "::ffff:0:127.0.0.1", "IPv4-translated loopback" },
        { "64:ff9b::a9fe:a9fe", "NAT64 of 169.254.169.254" },
        { "64:ff9b::7f00:1", "NAT64 of 127.0.0.1" },
        { "64:ff9b::c0a8:101", "NAT64 of 192.168.1.1" },
        { "64:ff9b:1::808:808", "local-use NAT64" },
        { "2002:a9fe:a9fe::1", "6to4 of 169.254.169.254" },
        { "2002:7f00:1::1", "6to4 of 127.0.0.1" },
        { "2002:c0a8:101::1", "6to4 of 192.168.1.1" },
        { "2001:0:a9fe:a9fe::1", "Teredo with a link-local server" },
        { "2001:0:4136:e378:8000:63bf:80ff:fffe", "Teredo with client 127.0.0.1" },
        { "2001:0:4136:e378:8000:63bf:3f57:fefe", "Teredo with client 192.168.1.1" },
    };

    public static TheoryData<string> Allowed => new()
    {
        "8.8.8.8",
        "93.184.216.34",
        "172.32.0.1",
        "100.128.0.1",
        "192.169.0.1",
        "2606:4700:4700::1111",
        "2a00:1450:4001:81d::200e",
        "::ffff:8.8.8.8",
        "64:ff9b::808:808",
        "2002:808:808::1",
        "2001:0:4136:e378:8000:63bf:f7f7:f7f7",
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public void Local_private_and_special_addresses_are_refused_in_every_form(string address, string kind)
    {
        Assert.False(NetworkGuard.IsPublic(IPAddress.Parse(address)), $"{address} ({kind}) must be refused");
    }

    [Theory]
    [MemberData(nameof(Allowed))]
    public void Public_addresses_are_allowed_including_ipv6_forms_of_public_ipv4(string address)
    {
        Assert.True(NetworkGuard.IsPublic(IPAddress.Parse(address)), $"{address} is public");
    }

    [Theory]
    [InlineData("http://[64:ff9b::a9fe:a9fe]/latest/meta-data/")]
    [InlineData("http://[2002:a9fe:a9fe::1]/latest/meta-data/")]
    [InlineData("http://[::127.0.0.1]/admin")]
    [InlineData("http://[::ffff:7f00:1]/admin")]
    public async Task A_link_to_an_ipv6_form_of_a_local_address_is_refused_by_the_default_policy(string url)
    {
        await using var host = await TestHost.StartAsync(null);

        var ex = await Assert.ThrowsAsync<InvalidArticleException>(() => host.Get<IArticleFetcher>().FetchAsync(url, CancellationToken.None));

        Assert.Contains("private or local network address", ex.Message);
    }
}
