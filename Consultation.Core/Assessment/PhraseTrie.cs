namespace Consultation.Core.Assessment;

/// <summary>
/// Phrases as word paths. Matching takes the longest phrase at the leftmost word and moves past it,
/// so "không thống nhất" is read as one disagreement, never as "không" followed by an agreement.
/// </summary>
internal sealed class PhraseTrie
{
    private readonly Node _root = new();

    /// <summary>Adds a phrase of folded words; returns the category that already owns it, if another does.</summary>
    public string? Add(IReadOnlyList<string> words, string category)
    {
        var node = _root;
        foreach (var word in words)
        {
            node.Next ??= new Dictionary<string, Node>(StringComparer.Ordinal);
            if (!node.Next.TryGetValue(word, out var next))
            {
                next = new Node();
                node.Next[word] = next;
            }
            node = next;
        }
        if (node.Category is not null && node.Category != category)
        {
            return node.Category;
        }
        node.Category = category;
        return null;
    }

    public List<PhraseMatch> Match(string[] tokens)
    {
        var matches = new List<PhraseMatch>();
        var i = 0;
        while (i < tokens.Length)
        {
            var node = _root;
            string? category = null;
            var end = i;
            for (var j = i; j < tokens.Length && node.Next is not null && node.Next.TryGetValue(tokens[j], out var next); j++)
            {
                node = next;
                if (node.Category is not null)
                {
                    category = node.Category;
                    end = j + 1;
                }
            }
            if (category is null)
            {
                i++;
                continue;
            }
            matches.Add(new PhraseMatch(category, i, end));
            i = end;
        }
        return matches;
    }

    private sealed class Node
    {
        public Dictionary<string, Node>? Next { get; set; }
        public string? Category { get; set; }
    }
}
