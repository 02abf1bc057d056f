using SportsBot.Tests.Infrastructure;

namespace SportsBot.Tests.Evaluation;

/// <summary>Three short articles on clearly different matters, and questions about them, in a temp folder.</summary>
public sealed class TinyCorpus : IDisposable
{
    private readonly TempFolder _folder = new();

    public TinyCorpus()
    {
        Articles = Path.Combine(_folder.Path, "articles");
        _folder.Write("articles/chess-olympiad-moved-2022-03.md", """
            ---
            title: Chess Olympiad moved from Moscow to Chennai
            published: 2022-03-16
            source: Test Desk
            ---
            FIDE, the international chess federation, has moved the 2022 Chess Olympiad out of Moscow after the invasion of Ukraine. The Olympiad will be played in Chennai, India, from 28 July to 10 August 2022. Russian and Belarusian national teams may not take part in FIDE team events.
            """);
        _folder.Write("articles/curling-excludes-russia-2022-03.md", """
            ---
            title: World Curling excludes Russian teams from the world championships
            published: 2022-03-10
            source: Test Desk
            ---
            World Curling has excluded the Russian Curling Federation's teams from the women's world championship in Prince George, Canada, and the men's world championship in Las Vegas. Their places go to the next-best teams from the European championships.
            """);
        _folder.Write("articles/rugby-suspends-russia-2022-03.md", """
            ---
            title: World Rugby suspends Russia and the Rugby Union of Russia
            published: 2022-03-01
            source: Test Desk
            ---
            World Rugby has suspended Russia and the Rugby Union of Russia from international and cross-border club rugby until further notice. The decision removes Russia from qualification for the 2023 Rugby World Cup in France, and the Rugby Union of Russia's membership of World Rugby is suspended.
            """);
        Questions = _folder.Write("questions.jsonl", """
            {"id":"t1","question":"Where was the 2022 Chess Olympiad moved to?","expected":["chess-olympiad-moved-2022-03"],"must_mention":["Chennai"],"kind":"factual"}
            {"id":"t2","question":"Which curling world championships were the Russian teams excluded from?","expected":["curling-excludes-russia-2022-03"],"must_mention":["Las Vegas"],"kind":"factual"}
            {"id":"t3","question":"Did World Rugby suspend the Rugby Union of Russia?","expected":["rugby-suspends-russia-2022-03"],"must_mention":["suspend"],"kind":"factual"}
            {"id":"t4","question":"How do I bake sourdough bread?","expected":[],"must_mention":[],"kind":"unanswerable"}
            """);
    }

    public string Articles { get; }

    public string Questions { get; }

    public string Write(string name, string content) => _folder.Write(name, content);

    public string File(string name) => _folder.File(name);

    public void Dispose() => _folder.Dispose();
}
