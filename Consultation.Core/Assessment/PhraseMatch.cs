namespace Consultation.Core.Assessment;

/// <summary>A lexicon phrase found in a clause, over tokens [<see cref="Start"/>, <see cref="End"/>).</summary>
internal readonly record struct PhraseMatch(string Category, int Start, int End);
