namespace SportsBot.Discord.Chat;

/// <summary>Discord's own limits on one message (documented with the Create Message and Embed objects).</summary>
public static class DiscordLimits
{
    public const int Content = 2000;
    public const int EmbedDescription = 4096;
    public const int EmbedTitle = 256;
    public const int FieldName = 256;
    public const int FieldValue = 1024;
    public const int FieldsPerEmbed = 25;
    public const int EmbedsPerMessage = 10;

    /// <summary>Autocomplete: choices offered at once, and characters in a choice's name or value.</summary>
    public const int Choices = 25;
    public const int ChoiceLength = 100;

    public const int ButtonLabel = 80;

    /// <summary>A form's title and a text input's label.</summary>
    public const int ModalTitle = 45;

    /// <summary>All embeds of one message together: titles, descriptions, field names and values.</summary>
    public const int EmbedTotal = 6000;
}
