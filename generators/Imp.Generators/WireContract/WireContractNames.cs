using System.Collections.Generic;
using System.Threading;
using Imp.Generators.Diagnostics;
using Imp.Generators.Naming;
using Imp.Generators.WireEnums;
using Imp.Generators.WireUnions;
using Microsoft.CodeAnalysis;

namespace Imp.Generators.WireContract;

/// <summary>
/// Every wire name a type puts on the wire, read with the generator's own rules: the members of a wire enum (or
/// phase machine), the variants of a union and their fields. Names an IMP error rejects are left to that error.
/// </summary>
internal static class WireContractNames
{
    public static IEnumerable<WireContractEntry> Of(INamedTypeSymbol type, CancellationToken cancellationToken)
    {
        if (WireEnumShape.IsWireEnum(type))
        {
            string owner = type.ToDisplayString();
            foreach (WireEnumMemberShape member in WireEnumShape.Read(type, cancellationToken).Members)
            {
                if (!member.HasMalformedName && member.Field.Name.Length > 0)
                {
                    yield return new WireContractEntry($"enum {owner}.{member.Field.Name}", member.WireName, Locations.Of(member.Field));
                }
            }
        }
        else if (WireUnionShape.IsWireUnion(type) && type.TypeKind == TypeKind.Class)
        {
            foreach (WireVariantShape variant in WireUnionShape.Read(type, cancellationToken).Variants)
            {
                string name = variant.Type.ToDisplayString();
                if (WireNameRules.IsWellFormed(variant.WireName))
                {
                    yield return new WireContractEntry($"variant {name}", variant.WireName, Locations.Of(variant.Type));
                }

                foreach (WireFieldShape field in variant.Fields)
                {
                    if (WireNameRules.IsWellFormed(field.WireName))
                    {
                        yield return new WireContractEntry($"field {name}.{field.Parameter.Name}", field.WireName, Locations.Of(field.Parameter));
                    }
                }
            }
        }
    }
}
