using System.Text.Json;

namespace SportsBot.Tests.Evaluation;

public sealed class EvalVerbTests
{
    [Fact]
    public async Task Eval_json_has_a_row_per_retriever_and_the_hybrid_finds_every_article_of_a_tiny_corpus()
    {
        using var corpus = new TinyCorpus();

        var (exitCode, output, error) = await InProcessCli.RunAsync("eval", "--articles", corpus.Articles, "--questions", corpus.Questions, "--json");

        Assert.True(exitCode == 0, error);
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        Assert.Equal(3, root.GetProperty("articles").GetInt32());
        var set = Assert.Single(root.GetProperty("sets").EnumerateArray());
        Assert.Equal(4, set.GetProperty("questions").GetInt32());
        var rows = set.GetProperty("rows").EnumerateArray().ToDictionary(r => r.GetProperty("retriever").GetString()!);
        Assert.Equal(["hybrid", "keyword", "lucene-bm25", "vector"], rows.Keys.Order());

        var hybrid = rows["hybrid"].GetProperty("overall");
        Assert.Equal(4, hybrid.GetProperty("questions").GetInt32());
        Assert.Equal(1.0, hybrid.GetProperty("hitAt5").GetDouble());
        Assert.Equal(1.0, hybrid.GetProperty("unanswerable").GetDouble());
        Assert.InRange(hybrid.GetProperty("mrr").GetDouble(), 0.5, 1.0);
        Assert.True(hybrid.GetProperty("p95Ms").GetDouble() >= hybrid.GetProperty("p50Ms").GetDouble());

        var byKind = rows["hybrid"].GetProperty("byKind");
        Assert.Equal(3, byKind.GetProperty("factual").GetProperty("questions").GetInt32());
        Assert.Equal(JsonValueKind.Null, byKind.GetProperty("unanswerable").GetProperty("hitAt1").ValueKind);
        Assert.Equal(4, rows["lucene-bm25"].GetProperty("questions").GetArrayLength());
    }

    [Fact]
    public async Task Eval_prints_a_table_with_the_four_retrievers_and_every_kind_asked()
    {
        using var corpus = new TinyCorpus();

        var (exitCode, output, error) = await InProcessCli.RunAsync("eval", "--articles", corpus.Articles, "--questions", corpus.Questions);

        Assert.True(exitCode == 0, error);
        Assert.Contains("3 articles", output);
        Assert.Contains(": 4 questions", output);
        foreach (var name in new[] { "| keyword", "| vector", "| hybrid", "| lucene-bm25", "| factual", "| unanswerable" })
        {
            Assert.Contains(name, output);
        }
    }

    [Fact]
    public async Task Two_question_sets_over_two_article_folders_are_reported_side_by_side_for_the_chosen_retriever()
    {
        using var corpus = new TinyCorpus();
        var extra = corpus.Write("more/lakeside-uniforms.md", """
            ---
            title: Lakeside Games federation bans purple uniforms
            published: 2024-05-02
            source: Lakeside Courier
            ---
            The Lakeside Games federation has banned purple uniforms from all of its events, citing a long-running dispute with a sponsor over colours.
            """);
        var heldOut = corpus.Write("heldout.jsonl", """
            {"id":"h1","question":"What did the Lakeside Games federation ban?","expected":["lakeside-uniforms"],"must_mention":["purple"],"kind":"factual"}
            """);

        var (exitCode, output, error) = await InProcessCli.RunAsync(
            "eval", "--articles", corpus.Articles, "--articles", Path.GetDirectoryName(extra)!, "--questions", corpus.Questions, "--questions", heldOut, "--retriever", "hybrid", "--json");

        Assert.True(exitCode == 0, error);
        using var json = JsonDocument.Parse(output);
        Assert.Equal(4, json.RootElement.GetProperty("articles").GetInt32());
        var sets = json.RootElement.GetProperty("sets").EnumerateArray().ToList();
        Assert.Equal([corpus.Questions, heldOut], sets.Select(s => s.GetProperty("name").GetString()));
        Assert.All(sets, s => Assert.Equal("hybrid", Assert.Single(s.GetProperty("rows").EnumerateArray()).GetProperty("retriever").GetString()));
        Assert.Equal(1.0, sets[1].GetProperty("rows")[0].GetProperty("overall").GetProperty("hitAt1").GetDouble());
    }

    [Fact]
    public async Task A_question_of_an_unknown_kind_is_refused_with_its_line_before_anything_is_indexed()
    {
        using var corpus = new TinyCorpus();
        var questions = corpus.Write("bad.jsonl", """
            {"id":"a","question":"Where was the Chess Olympiad moved?","expected":[],"must_mention":[],"kind":"unanswerable"}
            {"id":"b","question":"Who won?","expected":[],"must_mention":[],"kind":"trivia"}
            """);

        var (exitCode, output, error) = await InProcessCli.RunAsync("eval", "--articles", corpus.Articles, "--questions", questions);

        Assert.Equal(2, exitCode);
        Assert.Contains("bad.jsonl:2", error);
        Assert.Contains("trivia", error);
        Assert.Equal(string.Empty, output);
    }

    [Fact]
    public async Task A_question_expecting_an_article_that_is_not_in_the_folder_is_refused_by_name()
    {
        using var corpus = new TinyCorpus();
        var questions = corpus.Write("typo.jsonl", """
            {"id":"a","question":"Where was the Chess Olympiad moved?","expected":["chess-olympiad-moved-2023"],"must_mention":[],"kind":"factual"}
            """);

        var (exitCode, _, error) = await InProcessCli.RunAsync("eval", "--articles", corpus.Articles, "--questions", questions);

        Assert.Equal(2, exitCode);
        Assert.Contains("chess-olympiad-moved-2023", error);
    }

    [Fact]
    public async Task Distractors_bury_the_articles_among_generated_ones_and_the_hybrid_still_finds_each()
    {
        using var corpus = new TinyCorpus();

        var (exitCode, output, error) = await InProcessCli.RunAsync(
            "eval", "--articles", corpus.Articles, "--questions", corpus.Questions, "--retriever", "hybrid", "--distractors", "200", "--json");

        Assert.True(exitCode == 0, error);
        using var json = JsonDocument.Parse(output);
        Assert.Equal(203, json.RootElement.GetProperty("articles").GetInt32());
        // The generated articles' vectors are searched too, not only their words.
        Assert.True(json.RootElement.GetProperty("chunks").GetInt32() > 200, json.RootElement.GetProperty("chunks").ToString());
        Assert.Contains("Adding generated articles [", error);
        var row = Assert.Single(json.RootElement.GetProperty("sets")[0].GetProperty("rows").EnumerateArray());
        Assert.Equal(1.0, row.GetProperty("overall").GetProperty("hitAt5").GetDouble());
        Assert.DoesNotContain(row.GetProperty("questions").EnumerateArray().SelectMany(q => q.GetProperty("cited").EnumerateArray()), c => c.GetString()!.StartsWith("synthetic-", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("-1")]
    [InlineData("100001")]
    public async Task A_distractor_count_out_of_range_is_refused(string count)
    {
        using var corpus = new TinyCorpus();

        var (exitCode, _, error) = await InProcessCli.RunAsync("eval", "--articles", corpus.Articles, "--questions", corpus.Questions, "--distractors", count);

        Assert.Equal(2, exitCode);
        Assert.Contains("--distractors", error);
    }
}
