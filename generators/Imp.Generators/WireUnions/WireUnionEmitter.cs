using System.Collections.Generic;
using System.Linq;
using System.Text;
using Imp.Generators.Emit;
using static Imp.Generators.Emit.GlobalNames;
using static Imp.Generators.WireUnions.WireConverterEmitter;

namespace Imp.Generators.WireUnions;

/// <summary>Writes the source of one [WireUnion]: the union's generated part, with its converter nested in it.</summary>
internal static class WireUnionEmitter
{
    public static string Emit(WireUnionModel model)
    {
        var writer = new SourceWriter();
        Generated.WriteFileStart(writer, "WireUnion", model.Type, model.Namespace);
        Generated.OpenContainers(writer, model.Containers);

        var names = new WireFieldNames(model);
        WriteUnion(writer, model, names);

        Generated.CloseContainers(writer, model.Containers);
        Generated.WriteFileEnd(writer, model.Namespace);
        return writer.ToString();
    }

    private static void WriteUnion(SourceWriter writer, WireUnionModel model, WireFieldNames names)
    {
        writer.Line($"[global::System.Text.Json.Serialization.JsonConverter(typeof({model.Type}.WireConverter))]");
        writer.Line(model.Declaration);
        writer.Open();
        string wireNames = string.Join(", ", model.Variants.Select(v => CSharpLiteral.String(v.WireName)));
        writer.Line(model.Variants.Count == 0
            ? $"private static readonly {ImmutableArray}<string> s_wireNames = {ImmutableArray}<string>.Empty;"
            : $"private static readonly {ImmutableArray}<string> s_wireNames = {ImmutableArray}.Create({wireNames});");
        writer.Line();

        if (model.AddPrivateConstructor)
        {
            writer.Line("// Only the variants nested here can call this, so no variant exists outside the union.");
            writer.Line($"private {model.Name}()");
            writer.Open();
            writer.Close();
            writer.Line();
        }

        writer.Line("/// <summary>The wire name of this variant (serde's variant name after renaming).</summary>");
        writer.Line("public string AsStr() => this switch");
        writer.Open();
        foreach (WireVariantModel variant in model.Variants)
        {
            writer.Line($"{variant.Name} => {CSharpLiteral.String(variant.WireName)},");
        }

        writer.Line("_ => throw Unreachable(),");
        writer.Close(";");
        writer.Line();
        writer.Line("/// <summary>The wire names of the variants, in declaration order.</summary>");
        writer.Line($"public static {ImmutableArray}<string> GetNames() => s_wireNames;");
        writer.Line();
        WriteMatch(writer, model);
        writer.Line();
        WriteSwitch(writer, model);
        writer.Line();
        writer.Line("private global::System.InvalidOperationException Unreachable() =>");
        writer.Indent();
        writer.Line($"new(GetType() + \" is not a variant of {model.Name}.\");");
        writer.Outdent();
        writer.Line();
        WireConverterEmitter.Write(writer, model, names);
        writer.Close();
    }

    private static void WriteMatch(SourceWriter writer, WireUnionModel model)
    {
        writer.Line("/// <summary>Calls the function for this variant and returns its result; every variant must be handled.</summary>");
        writer.Line("/// <exception cref=\"global::System.ArgumentNullException\">A function is null.</exception>");
        WriteSignature(writer, "public TResult Match<TResult>(", Parameters(model, "global::System.Func<{0}, TResult>"));
        writer.Open();
        WriteNullChecks(writer, model);
        writer.Line("return this switch");
        writer.Open();
        foreach (WireVariantModel variant in model.Variants)
        {
            writer.Line($"{variant.Name} variant => {variant.Parameter}(variant),");
        }

        writer.Line("_ => throw Unreachable(),");
        writer.Close(";");
        writer.Close();
    }

    private static void WriteSwitch(SourceWriter writer, WireUnionModel model)
    {
        writer.Line("/// <summary>Calls the action for this variant; every variant must be handled.</summary>");
        writer.Line("/// <exception cref=\"global::System.ArgumentNullException\">An action is null.</exception>");
        WriteSignature(writer, "public void Switch(", Parameters(model, "global::System.Action<{0}>"));
        writer.Open();
        WriteNullChecks(writer, model);
        writer.Line("switch (this)");
        writer.Open();
        foreach (WireVariantModel variant in model.Variants)
        {
            writer.Case($"case {variant.Name} variant:", $"{variant.Parameter}(variant);", "break;");
        }

        writer.Case("default:", "throw Unreachable();");
        writer.Close();
        writer.Close();
    }

    // One parameter a line: unions have several variants, and a single line would run far off the screen.
    private static string Parameters(WireUnionModel model, string delegateType) =>
        model.Variants.Count == 0
            ? string.Empty
            : "\n" + string.Join(",\n", model.Variants.Select(v => "    " + string.Format(System.Globalization.CultureInfo.InvariantCulture, delegateType, v.Name) + " " + v.Parameter));

    private static void WriteSignature(SourceWriter writer, string start, string parameters)
    {
        string[] lines = (start + parameters + ")").Split('\n');
        foreach (string line in lines)
        {
            writer.Line(line);
        }
    }

    private static void WriteNullChecks(SourceWriter writer, WireUnionModel model)
    {
        foreach (WireVariantModel variant in model.Variants)
        {
            writer.Line($"global::System.ArgumentNullException.ThrowIfNull({variant.Parameter});");
        }

        if (model.Variants.Count > 0)
        {
            writer.Line();
        }
    }
}
