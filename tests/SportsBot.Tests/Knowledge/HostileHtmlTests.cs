using System.Net;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SportsBot.Cli;
using SportsBot.Core.Chat;
using SportsBot.Core.Knowledge;
using SportsBot.Infrastructure.Extraction;
using SportsBot.Infrastructure.Web;
using SportsBot.Tests.Chat;
using SportsBot.Tests.Infrastructure;
using SportsBot.Tests.Web;

namespace SportsBot.Tests.Knowledge;

/// <summary>HTML built to hurt the parser: refused with the reason, before parsing or at the time budget, and the bot lives on.</summary>
public sealed class HostileHtmlTests : IDisposable
{
    private const string Paragraph = "<p>The governing body said on Friday that athletes who hold Russian or Belarusian passports may compete as individual neutrals under strict conditions, after a long review.</p>";

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private static string Nested(int depth) =>
        "<html><head><title>Deep</title></head><body>" + string.Concat(Enumerable.Repeat("<div>", depth)) + Paragraph + string.Concat(Enumerable.Repeat("</div>", depth)) + "</body></html>";

    private static string Page(string body) => $"<html><head><title>Neutral athletes</title></head><body><article><h1>Neutral athletes</h1>{body}</article></body></html>";

    private static SmartReaderHtmlExtractor Extractor(int timeoutSeconds = 15) =>
        new(Options.Create(new KnowledgeOptions { ExtractionTimeoutSeconds = timeoutSeconds }));

    [Theory]
    [InlineData(100_000)]
    [InlineData(2_000)]
    public async Task A_deeply_nested_page_is_refused_with_the_reason_and_the_rest_of_the_batch_is_ingested(int depth)
    {
        _folder.Write("in/a-deep.html", Nested(depth));
        _folder.Write("in/b-good.md", Articles.Markdown("IIHF suspends Russia and Belarus", "2022-02-28", Articles.BanBody));

        var run = await CliRun.RunAsync("ingest", _folder.File("in"), "--db", _folder.File("kb.db"));

        Assert.Equal(ExitCodes.Failure, run.ExitCode);
        Assert.Contains("a-deep.html: The page nests its elements more than 256 deep", run.Error);
        Assert.Contains("b-good.md: Added", run.Out);
        Assert.Contains("1 of 2 ingested, 1 refused.", run.Out);
    }

    [Fact]
    public async Task A_deeply_nested_page_behind_a_link_is_refused_from_chat_and_the_bot_keeps_answering()
    {
        await using var web = new LocalWebServer();
        web.Map("/deep", LocalWebServer.Html(Nested(100_000)));
        await using var host = await TestHost.StartAsync(null, configure: s => s.AddSingleton<INetworkPolicy>(new LoopbackOnly()));
        var chat = new ChatScript(host.Get<ChatService>());
        var moderator = ChatScript.Admin("mod");

        var link = await chat.AskAsync(moderator, $"/kb add {web.Url("/deep")}");
        var file = await chat.AskAsync(moderator, "/kb add", attachments: [ChatAttachment.FromBytes("deep.html", Encoding.UTF8.GetBytes(Nested(100_000)))]);
        var help = await chat.AskAsync(moderator, "/help");

        Assert.Equal($"Not added: {web.Url("/deep")}: The page nests its elements more than 256 deep (an article page needs a few dozen levels), so it is not read.", link);
        Assert.StartsWith("deep.html: The page nests its elements more than 256 deep", file);
        Assert.Contains("/ask", help);
    }

    [Fact]
    public async Task A_page_with_too_many_elements_is_refused_before_parsing()
    {
        var html = Page(string.Concat(Enumerable.Range(0, 20_000).Select(i => $"<p>Line {i}.</p>")));

        var ex = await Assert.ThrowsAsync<InvalidArticleException>(() => Extractor().ExtractAsync(html, null, CancellationToken.None));

        Assert.Contains("more than 10,000 elements", ex.Message);
    }

    [Fact]
    public async Task A_page_that_reads_slower_than_the_time_budget_is_refused_when_the_budget_is_spent()
    {
        // Within the element limit, yet flat <div><span> soup takes readability many seconds.
        var html = Page(string.Concat(Enumerable.Range(0, 4_500).Select(i => $"<div><span>w{i}</span></div>")) + Paragraph);

        var ex = await Assert.ThrowsAsync<InvalidArticleException>(() => Extractor(timeoutSeconds: 1).ExtractAsync(html, null, CancellationToken.None));

        Assert.Equal("Reading the page took longer than 1 second, so it is not read.", ex.Message);
    }

    [Fact]
    public async Task A_normal_page_heavy_with_inline_svg_icons_is_still_read()
    {
        var icons = string.Concat(Enumerable.Range(0, 3_000).Select(_ => "<svg viewBox=\"0 0 10 10\"><g><path d=\"M0 0L10 10\"/><path d=\"M1 1\"/></g></svg>"));
        var html = Page(icons + string.Concat(Enumerable.Repeat(Paragraph, 6)));

        // Alone this takes about a second; the generous limit keeps a busy test run from timing it out.
        var draft = await Extractor(timeoutSeconds: 120).ExtractAsync(html, null, CancellationToken.None);

        Assert.Contains("individual neutrals under strict conditions", draft.Body);
    }

    [Theory]
    [InlineData("<p>a<p>b<p>c", 1)]
    [InlineData("<ul><li>a<li>b<li>c</ul>", 2)]
    [InlineData("<div><br><img src=x><input></div>", 2)]
    [InlineData("<script>for (i = 0; i < n; i++) '<div><div><div>'</script><div></div>", 1)]
    [InlineData("<!-- <div><div><div> --><div></div>", 1)]
    [InlineData("<div title=\"a > b\"><span></span></div></div></div></div>", 2)]
    public void The_tag_scan_measures_nesting_as_a_browser_would_build_it(string body, int depthInsideBody)
    {
        var shape = HtmlShape.Measure("<html><body>" + body + "</body></html>", 256, 10_000);

        Assert.Equal(depthInsideBody + 2, shape.Depth);
    }

    private sealed class LoopbackOnly : INetworkPolicy
    {
        public bool IsAllowed(IPAddress address) => address.Equals(IPAddress.Loopback);
    }
}
