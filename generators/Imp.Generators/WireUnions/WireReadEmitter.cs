using System.Linq;
using Imp.Generators.Emit;
using static Imp.Generators.Emit.GlobalNames;
using static Imp.Generators.WireUnions.WireConverterEmitter;

namespace Imp.Generators.WireUnions;

/// <summary>Writes a converter's Read for each of serde's representations, and the helpers it calls.</summary>
internal static class WireReadEmitter
{
    public static void WriteRead(SourceWriter writer, WireUnionModel model, WireFieldNames names)
    {
        switch (model.Representation)
        {
            case UnionRepresentation.ExternallyTagged:
                WriteExternal(writer, model);
                break;
            case UnionRepresentation.AdjacentlyTagged:
                WriteAdjacent(writer, model);
                break;
            case UnionRepresentation.Untagged:
                WriteUntagged(writer, model);
                break;
            default:
                WriteInternal(writer, model, names);
                break;
        }
    }

    public static void WriteHelpers(SourceWriter writer, WireUnionModel model, WireFieldNames names)
    {
        if (model.Representation is UnionRepresentation.InternallyTagged or UnionRepresentation.AdjacentlyTagged)
        {
            writer.Line();
            WriteFindVariant(writer, model);
            writer.Line();
            WriteVariantOf(writer, model);
        }

        if (model.Representation == UnionRepresentation.InternallyTagged)
        {
            writer.Line();
            WireLateTagEmitter.WriteReadLateTag(writer, model, names);
        }

        if (model.Representation != UnionRepresentation.InternallyTagged)
        {
            writer.Line();
            WriteReadContent(writer, model, names);
        }

        foreach (WireVariantModel variant in model.Variants)
        {
            if (variant.IsNewtype || (variant.IsUnit && model.Representation != UnionRepresentation.InternallyTagged))
            {
                continue;
            }

            writer.Line();
            WireVariantEmitter.WriteReadBody(writer, model, variant, names);
        }
    }

    private static void WriteInternal(SourceWriter writer, WireUnionModel model, WireFieldNames names)
    {
        writer.Block(
            $"if (reader.TokenType != {Json}.JsonTokenType.StartObject)",
            $"throw {Helpers}.NotAnObject(ref reader, Union, Tag, s_wireNames);");
        writer.Line();
        writer.Line("int variant = FindVariant(reader);");
        writer.Line("if (variant == LateTag)");
        writer.Open();
        writer.Line("return ReadLateTag(ref reader, options);");
        writer.Close();
        writer.Line();
        string newtypes = string.Join(" or ", Enumerable.Range(0, model.Variants.Count).Where(i => model.Variants[i].IsNewtype));
        if (newtypes.Length > 0)
        {
            writer.Line($"if (variant is {newtypes})");
            writer.Open();
            writer.Line("// The value's own reader would skip a second tag as an unknown field; serde refuses it.");
            writer.Line($"{Helpers}.CheckSingleTag(reader, {CSharpLiteral.Utf8(model.Tag)}, Union, Tag);");
            writer.Close();
            writer.Line();
        }

        writer.Line("// serde reads the fields back from the buffered object, where a nested enum's tag may be an index.");
        writer.Line($"using ({Helpers}.EnterBufferedContent())");
        writer.Open();
        writer.Line("return variant switch");
        writer.Open();
        for (int i = 0; i < model.Variants.Count; i++)
        {
            WireVariantModel variant = model.Variants[i];
            writer.Line(variant.IsNewtype
                ? $"{i} => new {model.Type}.{variant.Name}({WireVariantEmitter.ReadExpression(variant, variant.Fields[0], names)}),"
                : $"{i} => Read{variant.Name.TrimStart('@')}(ref reader, options),");
        }

        writer.Line($"_ => throw {Helpers}.MissingTag(Union, Tag, s_wireNames),");
        writer.Close(";");
        writer.Close();
    }

    private static void WriteAdjacent(SourceWriter writer, WireUnionModel model)
    {
        string content = CSharpLiteral.String(model.Content!);
        writer.Block(
            $"if (reader.TokenType != {Json}.JsonTokenType.StartObject)",
            $"throw {Helpers}.NotAnObject(ref reader, Union, Tag, s_wireNames);");
        writer.Line();
        writer.Line("// Tag and content may come in either order, as serde allows: the tag is found first, on a copy.");
        writer.Line("int variant = FindVariant(reader);");
        writer.Block("if (variant < 0)", $"throw {Helpers}.MissingTag(Union, Tag, s_wireNames);");
        writer.Line();
        writer.Line($"{model.Type}? result = null;");
        writer.Line("bool seenTag = false;");
        writer.Line($"while (reader.Read() && reader.TokenType == {Json}.JsonTokenType.PropertyName)");
        writer.Open();
        writer.Line($"if (reader.ValueTextEquals({CSharpLiteral.Utf8(model.Tag)}))");
        writer.Open();
        WriteSkipTag(writer);
        writer.Close();
        writer.Line($"else if (reader.ValueTextEquals({CSharpLiteral.Utf8(model.Content!)}))");
        writer.Open();
        writer.Block("if (result is not null)", $"throw {Helpers}.DuplicateField(Union, s_wireNames[variant], {content});");
        writer.Line();
        writer.Line("reader.Read();");
        writer.Line("if (seenTag)");
        writer.Open();
        writer.Line("result = ReadContent(variant, ref reader, options);");
        writer.Close();
        writer.Line("else");
        writer.Open();
        writer.Line("// Content before the tag is buffered by serde, and read back from there.");
        writer.Line($"using ({Helpers}.EnterBufferedContent())");
        writer.Open();
        writer.Line("result = ReadContent(variant, ref reader, options);");
        writer.Close();
        writer.Close();
        writer.Close();
        writer.Line("else");
        writer.Open();
        writer.Line("reader.Skip();");
        writer.Close();
        writer.Close();
        writer.Line();
        writer.Line("return result ?? variant switch");
        writer.Open();
        for (int i = 0; i < model.Variants.Count; i++)
        {
            if (model.Variants[i].IsUnit && !model.Variants[i].IsNewtype)
            {
                writer.Line($"{i} => new {model.Type}.{model.Variants[i].Name}(),");
            }
        }

        writer.Line($"_ => throw {Helpers}.MissingContent(Union, s_wireNames[variant], {content}),");
        writer.Close(";");
    }

    /// <summary>Skips the tag property where the reader stands; a second tag in one object is refused, as serde does.</summary>
    public static void WriteSkipTag(SourceWriter writer)
    {
        writer.Block("if (seenTag)", $"throw {Helpers}.DuplicateTag(Union, Tag);");
        writer.Line();
        writer.Line("seenTag = true;");
        writer.Line("reader.Skip();");
    }

    private static void WriteExternal(SourceWriter writer, WireUnionModel model)
    {
        writer.Line($"if (reader.TokenType == {Json}.JsonTokenType.String)");
        writer.Open();
        for (int i = 0; i < model.Variants.Count; i++)
        {
            WireVariantModel variant = model.Variants[i];
            writer.Line($"if (reader.ValueTextEquals({CSharpLiteral.Utf8(variant.WireName)}))");
            writer.Open();
            writer.Line(variant.IsUnit && !variant.IsNewtype
                ? $"return new {model.Type}.{variant.Name}();"
                : $"throw {Helpers}.NotAUnitVariant(Union, {CSharpLiteral.String(variant.WireName)});");
            writer.Close();
            writer.Line();
        }

        writer.Line($"throw {Helpers}.UnknownVariant(ref reader, Union, Tag, s_wireNames);");
        writer.Close();
        writer.Line();
        writer.Block(
            $"if (reader.TokenType != {Json}.JsonTokenType.StartObject)",
            $"throw {Helpers}.NotExternallyTagged(ref reader, Union, s_wireNames);");
        writer.Line();
        writer.Block(
            $"if (!reader.Read() || reader.TokenType != {Json}.JsonTokenType.PropertyName)",
            $"throw {Helpers}.NotOneKey(Union, s_wireNames);");
        writer.Line();
        writer.Line("int variant = -1;");
        for (int i = 0; i < model.Variants.Count; i++)
        {
            writer.Block(
                $"{(i == 0 ? "if" : "else if")} (reader.ValueTextEquals({CSharpLiteral.Utf8(model.Variants[i].WireName)}))",
                $"variant = {i};");
        }

        writer.Line();
        writer.Block("if (variant < 0)", $"throw {Helpers}.UnknownVariant(ref reader, Union, Tag, s_wireNames);");
        writer.Line();
        writer.Line("reader.Read();");
        writer.Line($"{model.Type} result = ReadContent(variant, ref reader, options);");
        writer.Block($"if (!reader.Read() || reader.TokenType != {Json}.JsonTokenType.EndObject)", $"throw {Helpers}.NotOneKey(Union, s_wireNames);");
        writer.Line();
        writer.Line("return result;");
    }

    private static void WriteUntagged(SourceWriter writer, WireUnionModel model)
    {
        writer.Line("// serde tries each variant in declaration order and keeps the first that reads; each try works on a copy.");
        writer.Line($"{Json}.JsonException? last = null;");
        writer.Line($"using {Helpers}.BufferedContent buffered = {Helpers}.EnterBufferedContent();");
        writer.Line($"for (int variant = 0; variant < {model.Variants.Count}; variant++)");
        writer.Open();
        writer.Line($"{Json}.Utf8JsonReader attempt = reader;");
        writer.Block("try", $"{model.Type} result = ReadContent(variant, ref attempt, options);", "reader = attempt;", "return result;");
        writer.Block($"catch ({Json}.JsonException error)", "last = error;");
        writer.Close();
        writer.Line();
        writer.Line($"throw {Helpers}.NoVariantMatched(Union, s_wireNames, last);");
    }

    private static void WriteReadContent(SourceWriter writer, WireUnionModel model, WireFieldNames names)
    {
        writer.Line("// A variant's content: null for a unit variant, the value for a newtype variant, an object of fields otherwise.");
        writer.Line($"private static {model.Type} ReadContent(int variant, ref {Json}.Utf8JsonReader reader, {Json}.JsonSerializerOptions options)");
        writer.Open();
        writer.Line("switch (variant)");
        writer.Open();
        for (int i = 0; i < model.Variants.Count; i++)
        {
            WireVariantModel variant = model.Variants[i];
            string where = $"Union, {CSharpLiteral.String(variant.WireName)}";
            writer.Line($"case {i}:");
            writer.Indent();
            if (variant.IsNewtype)
            {
                writer.Line($"return new {model.Type}.{variant.Name}({WireVariantEmitter.ReadExpression(variant, variant.Fields[0], names)});");
            }
            else if (variant.IsUnit)
            {
                writer.Line($"return reader.TokenType == {Json}.JsonTokenType.Null");
                writer.Indent();
                writer.Line($"? new {model.Type}.{variant.Name}()");
                writer.Line($": throw {Helpers}.UnitWithContent(ref reader, {where});");
                writer.Outdent();
            }
            else
            {
                writer.Line($"return Read{variant.Name.TrimStart('@')}(ref reader, options);");
            }

            writer.Outdent();
        }

        writer.Case("default:", $"throw new global::System.ArgumentOutOfRangeException(nameof(variant));");
        writer.Close();
        writer.Close();
    }

    private static void WriteFindVariant(SourceWriter writer, WireUnionModel model)
    {
        bool internallyTagged = model.Representation == UnionRepresentation.InternallyTagged;
        writer.Line("// Works on a copy, so the caller's reader still stands at the object's start.");
        writer.Line(internallyTagged
            ? "// Only the first property is looked at: LateTag when it is not the tag, which ReadLateTag then finds."
            : "// The tag may come anywhere; when it comes first, as serde writes it, only that one property is looked at.");
        if (internallyTagged)
        {
            writer.Line("private const int LateTag = -2;");
            writer.Line();
        }

        writer.Line($"private static int FindVariant({Json}.Utf8JsonReader reader)");
        writer.Open();
        writer.Line($"while (reader.Read() && reader.TokenType == {Json}.JsonTokenType.PropertyName)");
        writer.Open();
        writer.Line($"if (!reader.ValueTextEquals({CSharpLiteral.Utf8(model.Tag)}))");
        writer.Open();
        if (internallyTagged)
        {
            writer.Line("return LateTag;");
        }
        else
        {
            writer.Line("reader.Skip();");
            writer.Line("continue;");
        }

        writer.Close();
        writer.Line();
        writer.Line("reader.Read();");
        writer.Line("return VariantOf(ref reader);");
        writer.Close();
        writer.Line();
        writer.Line("return -1;");
        writer.Close();
    }

    private static void WriteVariantOf(SourceWriter writer, WireUnionModel model)
    {
        writer.Line("// The variant a tag's value names: its wire name, or in buffered content its index.");
        writer.Line($"private static int VariantOf(ref {Json}.Utf8JsonReader reader)");
        writer.Open();
        if (model.Variants.Count > 0)
        {
            writer.Line($"if (reader.TokenType == {Json}.JsonTokenType.String)");
            writer.Open();
            for (int i = 0; i < model.Variants.Count; i++)
            {
                if (i > 0)
                {
                    writer.Line();
                }

                writer.Block($"if (reader.ValueTextEquals({CSharpLiteral.Utf8(model.Variants[i].WireName)}))", $"return {i};");
            }

            writer.Close();
            writer.Line();
        }

        writer.Line($"return {Helpers}.VariantIndex(ref reader, Union, Tag, s_wireNames);");
        writer.Close();
    }
}
