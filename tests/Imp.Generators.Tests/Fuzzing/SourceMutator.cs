using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Imp.Generators.Tests.Fuzzing;

/// <summary>
/// Breaks valid sources the way half-typed code is broken: tokens deleted, duplicated or swapped, the text cut
/// short, attribute arguments of the wrong type, self-referencing [Next], and very large enums. Deterministic for
/// a given seed.
/// </summary>
internal sealed class SourceMutator
{
    private static readonly string[] WrongArguments = ["42", "null", "typeof(int)", "\"\"", "new object[0]", "1.5", "'c'", "Missing.Value", "(object)null"];

    private readonly Random _random;

    public SourceMutator(int seed)
    {
        _random = new Random(seed);
    }

    public string Mutate(string source)
    {
        List<SyntaxToken> tokens = SyntaxFactory.ParseTokens(source).Where(t => !t.IsKind(SyntaxKind.EndOfFileToken)).ToList();
        if (tokens.Count == 0)
        {
            return source;
        }

        SyntaxToken token = tokens[_random.Next(tokens.Count)];
        return _random.Next(8) switch
        {
            0 => Replace(source, token, string.Empty),
            1 => Replace(source, token, token.Text + " " + token.Text),
            2 => source.Substring(0, _random.Next(source.Length)),
            3 => Swap(source, token, tokens[_random.Next(tokens.Count)]),
            4 => WrongArgument(source),
            5 => SelfReference(source, tokens),
            6 => Replace(source, token, tokens[_random.Next(tokens.Count)].Text),
            _ => Mutate(Mutate(source)),
        };
    }

    /// <summary>A [WireEnum] enum with thousands of members, and a phase machine chaining hundreds of phases.</summary>
    public static IEnumerable<string> EnormousSources()
    {
        var wide = new StringBuilder("[Imp.WireEnum] public enum Huge {");
        for (int i = 0; i < 3_000; i++)
        {
            wide.Append(" Member").Append(i).Append(',');
        }

        yield return wide.Append(" }").ToString();

        var chain = new StringBuilder("[Imp.PhaseMachine] public enum Chain { [Imp.InitialPhase, Imp.Next(P1)] P0,");
        for (int i = 1; i < 200; i++)
        {
            chain.Append(" [Imp.Next(P").Append(i + 1).Append(")] P").Append(i).Append(',');
        }

        yield return chain.Append(" [Imp.TerminalPhase] P200 }").ToString();
    }

    private static string Replace(string source, SyntaxToken token, string text) => Splice(source, token.SpanStart, token.Span.End, text);

    private static string Splice(string source, int start, int end, string text) =>
        string.Concat(source.AsSpan(0, start), text, source.AsSpan(end));

    private static string Swap(string source, SyntaxToken first, SyntaxToken second)
    {
        if (first.SpanStart == second.SpanStart)
        {
            return source;
        }

        (SyntaxToken a, SyntaxToken b) = first.SpanStart < second.SpanStart ? (first, second) : (second, first);
        if (a.Span.End > b.SpanStart)
        {
            return source;
        }

        string between = source.Substring(a.Span.End, b.SpanStart - a.Span.End);
        return Splice(source, a.SpanStart, b.Span.End, b.Text + between + a.Text);
    }

    private string WrongArgument(string source)
    {
        string argument = WrongArguments[_random.Next(WrongArguments.Length)];
        foreach (string attribute in new[] { "WireName(", "Next(" })
        {
            int at = source.IndexOf(attribute, StringComparison.Ordinal);
            if (at >= 0)
            {
                int end = source.IndexOf(')', at);
                if (end > at)
                {
                    return Splice(source, at + attribute.Length, end, argument);
                }
            }
        }

        return source.Replace("[Imp.WireEnum]", $"[Imp.WireEnum({argument})]", StringComparison.Ordinal);
    }

    // Makes a member list itself, or its neighbour, as the next phase: cycles and self-loops.
    private string SelfReference(string source, List<SyntaxToken> tokens)
    {
        SyntaxToken[] identifiers = tokens.Where(t => t.IsKind(SyntaxKind.IdentifierToken)).ToArray();
        if (identifiers.Length == 0)
        {
            return source;
        }

        SyntaxToken target = identifiers[_random.Next(identifiers.Length)];
        return Splice(source, target.SpanStart, target.SpanStart, $"[Imp.Next({target.Text}, {target.Text})] ");
    }
}
