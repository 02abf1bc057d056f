using SportsBot.Infrastructure.Text;

namespace SportsBot.Tests.Search;

/// <summary>The glossaries that ship: each loads and reads a fan's question in its language into English the rules can read.</summary>
public sealed class BundledGlossaryTests
{
    private readonly GlossaryQuestionTranslator _translator = new(new GlossaryShelf());

    [Theory]
    [InlineData("Spanish", "¿Quién ganó la medalla de oro en París?", "Who won gold medal in Paris?")]
    [InlineData("Portuguese", "Os atletas russos puderam competir nos Jogos Olímpicos?", "Athletes Russian could compete in Olympic Games?")]
    [InlineData("Italian", "Perché la Danimarca ha giocato i Mondiali in Qatar con maglie senza stemma?", "Why Denmark has played World Cup in Qatar with shirt without")]
    [InlineData("French", "Pourquoi Djokovic a-t-il été expulsé d'Australie en 2022?", "Why Djokovic has been deported")]
    [InlineData("German", "Gegen wen wurde Brittney Griner im Dezember 2022 ausgetauscht?", "Against whom was Brittney Griner in December 2022 swapped?")]
    [InlineData("Russian", "Могут ли российские спортсмены выступать на Олимпиаде в Париже?", "Can Russian athletes compete at Olympics in Paris?")]
    [InlineData("Polish", "Czy białoruscy sportowcy mogą startować na igrzyskach w Paryżu?", "Is Belarusian athletes can compete at Games in Paris?")]
    [InlineData("Dutch", "Waarom speelde Denemarken het WK in Qatar in shirts zonder logo?", "Why played Denmark World Cup in Qatar in shirt without logo?")]
    [InlineData("Ukrainian", "Чи можуть російські спортсмени виступати на Олімпіаді в Парижі?", "Can Russian athletes compete at Olympics in Paris?")]
    [InlineData("Spanish", "¿Qué países boicotearon diplomáticamente los Juegos de Pekín?", "What countries boycotted diplomatically")]
    [InlineData("Spanish", "¿Dimitió Rubiales como presidente?", "Resign Rubiales as president?")]
    [InlineData("Russian", "Почему ФИНА ограничила участие трансгендерных женщин?", "Why FINA restricted")]
    [InlineData("German", "Warum hat die FINA die Teilnahme eingeschränkt?", "Why has FINA participation restricted?")]
    [InlineData("German", "Wie reagierte die Ukraine auf die Entscheidung des IOK?", "How react Ukraine on decision IOC?")]
    [InlineData("German", "Warum wurde der Große Preis von Russland abgesagt?", "Why was Grand Prix of Russia cancelled?")]
    [InlineData("German", "Warum hat Hummel die dänischen Trikots abgeschwächt?", "Why has Hummel Danish shirt toned down?")]
    public async Task A_question_is_read_into_english_words(string language, string question, string english)
    {
        var read = await _translator.ToEnglishAsync(question, language, CancellationToken.None);

        Assert.NotNull(read);
        Assert.StartsWith(english, read);
    }

    /// <summary>
    /// German and Dutch write compounds as one word: read by their parts, "Verbandspräsident" is a federation
    /// president and "Dopingsperre" a doping ban. A hyphenated word the glossary does not list is read by its parts
    /// in any language: "Champions-League-Finale" is the Champions League final.
    /// </summary>
    [Theory]
    [InlineData("German", "Was sagte der Verbandspräsident über die Dopingsperre?", "What said federation president about doping ban?")]
    [InlineData("German", "Warum boykottierten die Vereinigten Staaten das Trampolinturnen?", "Why boycotted United States trampoline gymnastics?")]
    [InlineData("Dutch", "Wanneer kreeg de bondscoach een dopingschorsing?", "When got national coach doping suspension?")]
    [InlineData("German", "Wohin wurde das Champions-League-Finale verlegt?", "Where was Champions League final moved?")]
    [InlineData("German", "Was beschloss der Verband zu Transgender-Frauen?", "What decided federation to transgender women?")]
    public async Task A_compound_is_read_by_its_parts(string language, string question, string english)
    {
        var read = await _translator.ToEnglishAsync(question, language, CancellationToken.None);

        Assert.Equal(english, read);
    }

    /// <summary>
    /// A world championship not named by its sport is a description, in lower case, since the sources may call it the
    /// World Cup; one named by its sport keeps that sport ("i Mondiali di hockey" are not the football World Cup).
    /// </summary>
    [Theory]
    [InlineData("Russian", "Почему сборная Ирана не пела гимн на чемпионате мира?", "world championships")]
    [InlineData("German", "Wer gewann die Weltmeisterschaft 2023?", "world championships")]
    [InlineData("Italian", "Dove si sono svolti i Mondiali di hockey del 2023?", "ice hockey world championship")]
    public async Task A_world_championship_is_read_as_what_it_describes(string language, string question, string reading)
    {
        var read = await _translator.ToEnglishAsync(question, language, CancellationToken.None);

        Assert.NotNull(read);
        Assert.Contains(reading, read, StringComparison.Ordinal);
    }

    /// <summary>A French court report says "l'affaire" and "l'arrêt": read word by word, it must say "case" and "ruling" as an English question does.</summary>
    [Fact]
    public void A_court_report_in_french_reads_as_a_case_and_a_ruling()
    {
        var read = new GlossaryShelf().ToEnglishWords("La Grande Chambre a rendu son arrêt dans l'affaire Brisk : un procès inéquitable.", "fr");

        Assert.NotNull(read);
        Assert.Contains("ruling", read);
        Assert.Contains("case", read);
        Assert.Contains("unfair", read);
    }

    [Fact]
    public async Task A_language_without_a_glossary_is_not_read()
    {
        Assert.Null(await _translator.ToEnglishAsync("Mohou běloruští sportovci startovat?", "Czech", CancellationToken.None));
    }
}
