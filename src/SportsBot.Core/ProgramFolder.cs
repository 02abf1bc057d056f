namespace SportsBot.Core;

/// <summary>Finds a configured folder the way a user expects: in the working directory, else next to the program.</summary>
public static class ProgramFolder
{
    /// <summary>A relative folder is looked for in the working directory, then next to the program (the build copies knowledge/ and prompts/ there).</summary>
    /// <returns>The full path, or null when neither exists.</returns>
    public static string? Resolve(string configured)
    {
        if (Directory.Exists(configured))
        {
            return Path.GetFullPath(configured);
        }

        if (!Path.IsPathRooted(configured))
        {
            var besideProgram = Path.Combine(AppContext.BaseDirectory, configured);
            if (Directory.Exists(besideProgram))
            {
                return besideProgram;
            }
        }

        return null;
    }
}
