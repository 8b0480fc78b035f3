using System.Linq;
using Microsoft.CodeAnalysis;

namespace Imp.Generators.Diagnostics;

/// <summary>Where the analyzers point: at the offending attribute when there is one, else at the symbol's name.</summary>
internal static class Locations
{
    public static Location Of(ISymbol symbol) => symbol.Locations.FirstOrDefault() ?? Location.None;

    public static Location Of(AttributeData attribute, ISymbol owner) =>
        attribute.ApplicationSyntaxReference?.GetSyntax().GetLocation() ?? Of(owner);
}
