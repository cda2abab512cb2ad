using System.Text.Json;

namespace Consultation.Evaluation;

public static class LabelledAnswers
{
    private static readonly JsonSerializerOptions Options = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    public static List<LabelledAnswer> Read(string path) =>
        File.ReadLines(path)
            .Where(line => !string.IsNullOrWhiteSpace(line))
            .Select((line, number) => JsonSerializer.Deserialize<LabelledAnswer>(line, Options)
                ?? throw new InvalidDataException($"{path}: line {number + 1} is empty"))
            .ToList();

    /// <summary>
    /// The repository's default: ../shared/data/answers-dev.jsonl beside the repository root, found
    /// from the working directory or from where the tool was built.
    /// </summary>
    public static string DefaultPath()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Consultation.sln")))
                {
                    return Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "data", "answers-dev.jsonl"));
                }
            }
        }
        throw new FileNotFoundException("Consultation.sln not found above the working directory; give the JSONL path as an argument.");
    }
}
