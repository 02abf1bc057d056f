using System.Reflection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using SportsBot.Core.Answering;
using SportsBot.Core.Chat;
using SportsBot.Core.Knowledge;
using SportsBot.Core.Search;
using SportsBot.Discord;
using SportsBot.Hosting;
using SportsBot.Infrastructure.Embeddings;
using SportsBot.Infrastructure.Storage;
using SportsBot.Telegram;
using SportsBot.Tests.Infrastructure;

namespace SportsBot.Tests.Configuration;

/// <summary>appsettings.example.json is the documentation of every setting; these tests keep it true.</summary>
public sealed class ExampleSettingsTests
{
    private static readonly IConfiguration Example = new ConfigurationBuilder()
        .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.example.json"))
        .Build();

    public static TheoryData<string, Type> Sections => new()
    {
        { StorageOptions.Section, typeof(StorageOptions) },
        { KnowledgeOptions.Section, typeof(KnowledgeOptions) },
        { $"{KnowledgeOptions.Section}:Chunking", typeof(ChunkingOptions) },
        { $"{KnowledgeOptions.Section}:Search", typeof(SearchOptions) },
        { $"{KnowledgeOptions.Section}:Answers", typeof(AnswerOptions) },
        { EmbeddingsOptions.Section, typeof(EmbeddingsOptions) },
        { LlmOptions.Section, typeof(LlmOptions) },
        { ChatOptions.Section, typeof(ChatOptions) },
        { TelegramOptions.Section, typeof(TelegramOptions) },
        { DiscordOptions.Section, typeof(DiscordOptions) },
    };

    [Theory]
    [MemberData(nameof(Sections))]
    public void Every_setting_of_a_section_is_listed_in_the_example_file(string section, Type options)
    {
        var missing = options.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.CanWrite && p.GetSetMethod() is not null)
            .Where(p => !Example.GetSection($"{section}:{p.Name}").Exists() && !IsEmptyList(section, p))
            .Select(p => $"{section}:{p.Name}")
            .ToList();

        Assert.Empty(missing);
    }

    [Fact]
    public async Task The_example_settings_pass_validation_at_start()
    {
        using var folder = new TempFolder();
        var settings = Example.AsEnumerable().Where(kv => kv.Value is not null).ToDictionary(kv => kv.Key, kv => kv.Value);
        settings["Storage:DatabasePath"] = folder.File("kb.db");
        settings["Knowledge:SyncOnStart"] = "false";

        using var host = SportsBotHost.CreateBuilder(settings, LogLevel.Warning, TestHost.UseSharedModel).Build();
        await host.StartAsync();
        await host.StopAsync();
    }

    // An empty JSON array ("Operators": []) has no configuration keys; its presence in the file is what matters.
    private static bool IsEmptyList(string section, PropertyInfo property) =>
        property.PropertyType != typeof(string) && property.PropertyType.IsAssignableTo(typeof(System.Collections.IEnumerable))
        && File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "appsettings.example.json")).Contains($"\"{property.Name}\"", StringComparison.Ordinal);
}
