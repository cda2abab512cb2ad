using Consultation.Core.Assessment;
using Consultation.Evaluation;

// Usage: dotnet run --project tools/Consultation.Evaluation -- [answers.jsonl] [--only P1,P2] [--except P1,P2] [--lexicon FILE]
// Any JSONL in the format of ../shared/data/README-answers.md. --only / --except keep or drop answers whose id starts with
// one of the comma-separated prefixes (e.g. --except db- to keep a held-back part out of sight).
// Exit code 0 when both modes meet the targets, 1 when not, 2 on bad input.
try
{
    var options = EvaluationArguments.Parse(args);
    var answers = LabelledAnswers.Read(options.Path).Where(options.Keeps).ToList();
    if (answers.Count == 0)
    {
        Console.Error.WriteLine($"No answers left in {options.Path} after --only/--except.");
        return 2;
    }
    var assessor = new AnswerAssessor(options.Lexicon is null ? AssessmentLexicon.Default : AssessmentLexicon.Load(options.Lexicon));
    Console.WriteLine($"Answer assessor evaluated on {Path.GetFullPath(options.Path)}{options.Describe()}");
    Console.WriteLine();
    var labelled = Evaluation.Run(answers, assessor, a => a.Position);
    Report.Print(Console.Out, "positions as labelled (null = no position)", labelled);
    var evasive = Evaluation.Run(answers, assessor, Evaluation.EvasivePick);
    Report.Print(Console.Out, "null positions replaced by an evasive clerk's pick", evasive);
    return labelled.MeetsTargets && evasive.MeetsTargets ? 0 : 1;
}
catch (Exception e) when (e is ArgumentException or InvalidDataException or IOException or UnauthorizedAccessException)
{
    Console.Error.WriteLine(e.Message);
    return 2;
}
