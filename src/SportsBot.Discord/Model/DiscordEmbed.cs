namespace SportsBot.Discord.Model;

/// <summary>A rich block of a message: the answer as its description, the sources as fields.</summary>
public sealed record DiscordEmbed(string? Title, string? Description, int? Color, IReadOnlyList<DiscordEmbedField> Fields)
{
    /// <summary>The characters Discord counts against its 6000-per-message limit.</summary>
    public int Length => (Title?.Length ?? 0) + (Description?.Length ?? 0) + Fields.Sum(f => f.Name.Length + f.Value.Length);
}
