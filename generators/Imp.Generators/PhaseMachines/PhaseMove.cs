using Imp.Generators.Emit;

namespace Imp.Generators.PhaseMachines;

/// <summary>
/// A pair of machine methods that change the phase: <c>TryX</c> moves when the table allows it and otherwise changes
/// nothing and returns false; <c>X</c> moves or throws.
/// </summary>
/// <param name="Name">X: <c>Enter</c> or <c>Fire</c>.</param>
/// <param name="ParameterType">The type of the one parameter.</param>
/// <param name="Parameter">Its name.</param>
/// <param name="TrySummary">The XML doc line of <c>TryX</c>.</param>
/// <param name="Allowed">A condition over <c>from</c> and the parameter that is true when the move is allowed and leaves the destination in <c>next</c>.</param>
/// <param name="Summary">The XML doc line of <c>X</c>.</param>
/// <param name="ExceptionDoc">The XML doc line naming what <c>X</c> throws.</param>
/// <param name="Exception">The exception <c>X</c> throws, as an expression.</param>
internal readonly record struct PhaseMove(string Name, string ParameterType, string Parameter, string TrySummary, string Allowed, string Summary, string ExceptionDoc, string Exception)
{
    public void Write(SourceWriter writer, PhaseMachineModel model)
    {
        writer.Line(TrySummary);
        writer.Line($"public bool Try{Name}({ParameterType} {Parameter})");
        writer.Open();
        writer.Line($"{model.EnumType} from = Current;");
        writer.Block($"if (!{Allowed})", "return false;");
        writer.Line();
        writer.Line("Current = next;");
        writer.Line("_onTransition?.Invoke(from, next);");
        writer.Line("return true;");
        writer.Close();
        writer.Line();
        writer.Line(Summary);
        writer.Line(ExceptionDoc);
        writer.Line($"public void {Name}({ParameterType} {Parameter})");
        writer.Open();
        writer.Block($"if (!Try{Name}({Parameter}))", $"throw {Exception};");
        writer.Close();
    }
}
