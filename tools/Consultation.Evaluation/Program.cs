using Consultation.Core.Assessment;
using Consultation.Evaluation;

// Usage: dotnet run --project tools/Consultation.Evaluation -- [answers.jsonl] [--verbose]
// Exit code 0 when both sets of figures meet the targets of issue 5, 1 otherwise.
var verbose = args.Contains("--verbose");
var path = args.FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal)) ?? LabelledAnswers.DefaultPath();
var answers = LabelledAnswers.Read(path);
var assessor = new AnswerAssessor();
Console.WriteLine($"Answer assessor evaluated on {Path.GetFullPath(path)}");
Console.WriteLine();
var labelled = Evaluation.Run(answers, assessor, a => a.Position);
Report.Print(Console.Out, "positions as labelled (null = no position)", labelled, verbose);
var evasive = Evaluation.Run(answers, assessor, Evaluation.EvasivePick);
Report.Print(Console.Out, "null positions replaced by an evasive clerk's pick", evasive, verbose);
return labelled.MeetsTargets && evasive.MeetsTargets ? 0 : 1;
