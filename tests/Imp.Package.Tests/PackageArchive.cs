using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Xml.Linq;

namespace Imp.Package.Tests;

/// <summary>Reads a <c>.nupkg</c> (a zip): its entries, its nuspec and the assemblies inside it.</summary>
internal sealed class PackageArchive : IDisposable
{
    private readonly ZipArchive _zip;

    public PackageArchive(string path)
    {
        _zip = ZipFile.OpenRead(path);
        EntryNames = _zip.Entries.Select(entry => entry.FullName).OrderBy(name => name, StringComparer.Ordinal).ToArray();
    }

    /// <summary>Every entry's path inside the package, with forward slashes.</summary>
    public IReadOnlyList<string> EntryNames { get; }

    /// <summary>The package's <c>.nuspec</c>, the one entry at the root with that extension.</summary>
    public XDocument ReadNuspec()
    {
        ZipArchiveEntry nuspec = _zip.Entries.Single(entry => !entry.FullName.Contains('/', StringComparison.Ordinal)
            && entry.FullName.EndsWith(".nuspec", StringComparison.OrdinalIgnoreCase));
        using Stream stream = nuspec.Open();
        return XDocument.Load(stream);
    }

    /// <summary>The bytes of an entry.</summary>
    public byte[] ReadBytes(string entryName)
    {
        ZipArchiveEntry entry = _zip.GetEntry(entryName) ?? throw new InvalidOperationException($"The package has no {entryName}.");
        using Stream stream = entry.Open();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    /// <summary>The name of the assembly in an entry and the assemblies it references, with their versions.</summary>
    public AssemblyFacts ReadAssembly(string entryName)
    {
        using var pe = new PEReader(new MemoryStream(ReadBytes(entryName)));
        MetadataReader metadata = pe.GetMetadataReader();
        string name = metadata.GetString(metadata.GetAssemblyDefinition().Name);
        Dictionary<string, Version> references = metadata.AssemblyReferences
            .Select(metadata.GetAssemblyReference)
            .ToDictionary(reference => metadata.GetString(reference.Name), reference => reference.Version, StringComparer.Ordinal);
        return new AssemblyFacts(name, references);
    }

    public void Dispose() => _zip.Dispose();
}

/// <summary>What an assembly is called and what it references.</summary>
/// <param name="Name">The simple assembly name.</param>
/// <param name="References">Referenced assembly names and versions.</param>
internal sealed record AssemblyFacts(string Name, IReadOnlyDictionary<string, Version> References)
{
    /// <summary>The name and every reference, for assertion messages.</summary>
    public override string ToString() =>
        $"{Name} references {string.Join(", ", References.Select(pair => $"{pair.Key} {pair.Value}"))}";
}
