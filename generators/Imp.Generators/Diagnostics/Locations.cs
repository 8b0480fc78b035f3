using System.Linq;
using Microsoft.CodeAnalysis;

namespace Imp.Generators.Diagnostics;

/// <summary>Where the analyzers point: at the offending attribute when there is one, else at the symbol's name.</summary>
internal static class Locations
{
    // Stryker disable once Linq : equivalent — every symbol passed here is a type, enum member or record parameter declared in the
    // analysed source (the analyzers' symbol actions, or members of such a type), and Roslyn gives every one at least one location.
    public static Location Of(ISymbol symbol) => symbol.Locations.FirstOrDefault() ?? Location.None;

    public static Location Of(AttributeData attribute, ISymbol owner) =>
        attribute.ApplicationSyntaxReference?.GetSyntax().GetLocation() ?? Of(owner);
}
