namespace SportsBot.Core.Knowledge;

/// <summary>The article files found under a folder.</summary>
/// <param name="Files">Full paths of .md, .txt and .html files, in ordinal order.</param>
/// <param name="OtherFiles">How many files of other kinds were passed over.</param>
/// <param name="Skipped">One readable line per folder not entered: a link to a folder, or a folder that cannot be read.</param>
/// <param name="Complete">False when some folder could not be read, so a missing file may only be unreadable, not gone.</param>
public sealed record ArticleFileListing(IReadOnlyList<string> Files, int OtherFiles, IReadOnlyList<string> Skipped, bool Complete);
