using System.Text;
using Microsoft.Extensions.Options;
using SportsBot.Core.Knowledge;
using SportsBot.Infrastructure.Extraction;

namespace SportsBot.Tests.Knowledge;

public sealed class ArticleParserTests
{
    private readonly ArticleParser _parser = new(new SmartReaderHtmlExtractor(Options.Create(new KnowledgeOptions())));

    private ArticleDraft Parse(string name, string content) => _parser.Parse(name, Encoding.UTF8.GetBytes(content));

    private string Refused(string name, string content) =>
        Assert.Throws<InvalidArticleException>(() => _parser.Parse(name, Encoding.UTF8.GetBytes(content))).Message;

    [Fact]
    public void Markdown_front_matter_gives_title_url_date_source_and_id()
    {
        var draft = Parse("whatever.md", """
            ---
            title: IOC clears neutral athletes for Paris 2024
            url: https://example.org/news/ioc-ain-paris
            published: 2023-12-08
            source: Example Sports Daily
            id: ioc-ain
            ---
            Body text.
            """);

        Assert.Equal("IOC clears neutral athletes for Paris 2024", draft.Title);
        Assert.Equal("https://example.org/news/ioc-ain-paris", draft.Url);
        Assert.Equal(new DateOnly(2023, 12, 8), draft.Published);
        Assert.Equal("Example Sports Daily", draft.Source);
        Assert.Equal("ioc-ain", draft.Key);
        Assert.Equal("Body text.", draft.Body.Trim());
    }

    [Fact]
    public void A_headline_with_a_colon_is_accepted_even_though_it_is_not_strict_yaml()
    {
        var draft = Parse("a.md", "---\ntitle: Paris 2024 closes: how neutrals fared\npublished: 2024-08-11\n---\nBody.");

        Assert.Equal("Paris 2024 closes: how neutrals fared", draft.Title);
        Assert.Equal(new DateOnly(2024, 8, 11), draft.Published);
    }

    [Fact]
    public void A_plain_text_file_takes_its_first_line_as_title_and_has_no_date()
    {
        var draft = Parse("seed-article.txt", "\n\nBelarus sees a slight warming\n\nThe NOC president said so.\n");

        Assert.Equal("Belarus sees a slight warming", draft.Title);
        Assert.Null(draft.Published);
        Assert.Equal(ArticleParser.UnknownSource, draft.Source);
        Assert.Equal("seed-article", draft.Key);
    }

    [Theory]
    [InlineData("Orzan wins asylum appeal\nBy Sigrid Moll | 5 August 2025\n\nThe court ruled on 28 July.\n")]
    [InlineData("Orzan wins asylum appeal\n\nPhoto: Orzan training last week. (Aldervik Today)\nPublished August 5, 2025\n\nThe court ruled on 28 July.\n")]
    public void A_plain_text_page_is_dated_by_the_dateline_under_its_headline_which_is_left_out_of_its_text(string page)
    {
        var draft = Parse("orzan.txt", page);

        Assert.Equal(new DateOnly(2025, 8, 5), draft.Published);
        Assert.DoesNotContain("2025", draft.Body);
        Assert.Contains("The court ruled on 28 July.", draft.Body);
    }

    [Theory]
    [InlineData("By Tomas Reinholt, The Grandmaster Gazette, 26 November 2024", "The Grandmaster Gazette")]
    [InlineData("By Sigrid Moll | Aldervik Today | 26 November 2024", "Aldervik Today")]
    [InlineData("By Sigrid Moll | 26 November 2024", ArticleParser.UnknownSource)]
    [InlineData("Published 26 November 2024", ArticleParser.UnknownSource)]
    public void A_plain_text_page_is_cited_by_the_outlet_its_byline_names(string byline, string outlet)
    {
        var draft = Parse("chess.txt", $"Continental body fines chess federation\n\n{byline}\n\nThe union has fined the federation.\n");

        Assert.Equal(outlet, draft.Source);
        Assert.Equal(new DateOnly(2024, 11, 26), draft.Published);
        Assert.DoesNotContain(byline, draft.Body);
    }

    [Theory]
    [InlineData("The court ruled on 5 August 2025 that the board had been wrong.")]
    [InlineData("The Migration Court in Lindmark, which heard the appeal in a closed session, ruled on 5 August 2025 that the board had been wrong")]
    public void A_sentence_under_the_headline_that_gives_a_date_does_not_date_the_article(string line)
    {
        var draft = Parse("orzan.txt", $"Orzan wins asylum appeal\n{line}\n");

        Assert.Null(draft.Published);
        Assert.Contains("5 August 2025", draft.Body);
    }

    [Fact]
    public async Task An_html_page_is_reduced_to_its_article_text()
    {
        var paragraphs = string.Concat(Enumerable.Range(1, 6).Select(i => $"<p>Paragraph {i} of the report explains how the federation voted on the return of neutral athletes, and what the athletes said afterwards about the decision.</p>"));
        var draft = await _parser.ParseAsync("page.html", Encoding.UTF8.GetBytes($"""
            <html><head><title>Fencing body votes on neutrals</title></head>
            <body><nav><a href="/">Home</a> <a href="/sport">Sport</a></nav>
            <article><h1>Fencing body votes on neutrals</h1>{paragraphs}</article>
            <footer>Cookie settings</footer></body></html>
            """), CancellationToken.None);

        Assert.Contains("Fencing body votes on neutrals", draft.Title);
        Assert.Contains("Paragraph 3 of the report", draft.Body);
        Assert.DoesNotContain("Cookie settings", draft.Body);
        Assert.DoesNotContain("<p>", draft.Body);
    }

    [Fact]
    public void An_empty_file_is_refused()
    {
        Assert.Contains("empty", Refused("empty.md", string.Empty));
        Assert.Contains("empty", Refused("blank.txt", "  \n \n"));
    }

    [Fact]
    public void A_binary_file_is_refused_even_with_an_article_extension()
    {
        var bytes = new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D };
        var ex = Assert.Throws<InvalidArticleException>(() => _parser.Parse("photo.md", bytes));

        Assert.Contains("binary", ex.Message);
    }

    [Fact]
    public void A_file_that_is_not_an_article_type_is_refused()
    {
        Assert.Contains("not an article file", Refused("report.pdf", "%PDF-1.7"));
    }

    [Fact]
    public void Front_matter_without_a_closing_line_is_refused_with_how_to_fix_it()
    {
        Assert.Contains("closing '---'", Refused("broken.md", "---\ntitle: Something\npublished: 2023-01-01\nBody text without the end marker."));
    }

    [Fact]
    public void Front_matter_that_is_neither_yaml_nor_key_value_lines_is_refused()
    {
        Assert.Contains("not valid YAML", Refused("broken.md", "---\ntitle: [unclosed\n  - what\n---\nBody."));
    }

    [Fact]
    public void Front_matter_without_a_title_is_refused()
    {
        Assert.Contains("no title", Refused("untitled.md", "---\npublished: 2023-01-01\n---\nBody."));
    }

    [Fact]
    public void A_date_that_does_not_parse_is_refused_with_the_expected_format()
    {
        var message = Refused("bad-date.md", "---\ntitle: T\npublished: next Tuesday\n---\nBody.");

        Assert.Contains("'next Tuesday'", message);
        Assert.Contains("YYYY-MM-DD", message);
    }

    [Fact]
    public void A_url_that_is_not_http_is_refused()
    {
        Assert.Contains("not an http(s) link", Refused("bad-url.md", "---\ntitle: T\nurl: javascript:alert(1)\n---\nBody."));
    }
}
