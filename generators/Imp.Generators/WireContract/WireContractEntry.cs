using Microsoft.CodeAnalysis;

namespace Imp.Generators.WireContract;

/// <summary>One wire name of the code: its contract key (<c>enum Ns.Color.Red</c>), the name, and where it is declared.</summary>
internal sealed record WireContractEntry(string Key, string WireName, Location Location)
{
    public string Line => WireContractFile.Line(Key, WireName);
}
