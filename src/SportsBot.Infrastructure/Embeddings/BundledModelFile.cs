using System.Reflection;

namespace SportsBot.Infrastructure.Embeddings;

/// <summary>
/// The ONNX model a package embeds, copied once to a file so ONNX Runtime can read it from disk (see
/// <see cref="OnnxSentenceEncoder"/>). A copy whose length differs from the resource (a run killed while copying, a
/// newer package) is written again; the copy goes to a temporary name first, so a reader never sees half a model.
/// </summary>
internal static class BundledModelFile
{
    public static string Ensure(Assembly package, string directory)
    {
        var resource = package.GetManifestResourceNames().Single(n => n.EndsWith(".model.onnx", StringComparison.Ordinal));
        using var source = package.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"{package.GetName().Name} has no embedded model.");
        var name = package.GetName();
        var path = Path.Combine(directory, $"{name.Name}-{name.Version}.onnx");
        if (File.Exists(path) && new FileInfo(path).Length == source.Length)
        {
            return path;
        }

        Directory.CreateDirectory(directory);
        var partial = $"{path}.{Guid.NewGuid():N}.partial";
        try
        {
            using (var target = File.Create(partial))
            {
                source.CopyTo(target);
            }

            File.Move(partial, path, overwrite: true);
        }
        catch (IOException) when (File.Exists(path) && new FileInfo(path).Length == source.Length)
        {
            // Another process wrote the same copy at the same moment and has it open (Windows will not replace it).
        }
        finally
        {
            File.Delete(partial);
        }

        return path;
    }
}
