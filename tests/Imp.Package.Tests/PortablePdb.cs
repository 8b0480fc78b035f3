using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Text;

namespace Imp.Package.Tests;

/// <summary>What a portable pdb holds: its id, its documents, which of them are embedded, and its source link map.</summary>
internal sealed class PortablePdb
{
    // The kinds of custom debug information the compiler writes for source link and for embedded sources.
    private static readonly Guid SourceLinkKind = new("CC110556-A091-4D38-9FEC-25AB9A351A6A");
    private static readonly Guid EmbeddedSourceKind = new("0E8A571B-6926-466E-B4AD-8AB04611F5FE");

    private PortablePdb(Guid id, IReadOnlyList<string> documents, IReadOnlyList<string> embeddedDocuments, string? sourceLink)
    {
        Id = id;
        Documents = documents;
        EmbeddedDocuments = embeddedDocuments;
        SourceLink = sourceLink;
    }

    /// <summary>The guid part of the pdb id, which the assembly's CodeView entry must name.</summary>
    public Guid Id { get; }

    /// <summary>Every source document's path, as the compiler recorded it.</summary>
    public IReadOnlyList<string> Documents { get; }

    /// <summary>The documents whose text is inside the pdb.</summary>
    public IReadOnlyList<string> EmbeddedDocuments { get; }

    /// <summary>The source link JSON, or null when the build had no source control URL to map to.</summary>
    public string? SourceLink { get; }

    /// <summary>Reads <paramref name="bytes"/>; throws <see cref="BadImageFormatException"/> unless it is a portable pdb.</summary>
    public static PortablePdb Read(byte[] bytes)
    {
        using MetadataReaderProvider provider = MetadataReaderProvider.FromPortablePdbStream(new MemoryStream(bytes));
        MetadataReader reader = provider.GetMetadataReader();

        string[] documents = reader.Documents.Select(handle => reader.GetString(reader.GetDocument(handle).Name)).ToArray();
        var embedded = new List<string>();
        string? sourceLink = null;
        foreach (CustomDebugInformationHandle handle in reader.CustomDebugInformation)
        {
            CustomDebugInformation information = reader.GetCustomDebugInformation(handle);
            Guid kind = reader.GetGuid(information.Kind);
            if (kind == SourceLinkKind)
            {
                sourceLink = Encoding.UTF8.GetString(reader.GetBlobBytes(information.Value));
            }
            else if (kind == EmbeddedSourceKind && information.Parent.Kind == HandleKind.Document)
            {
                embedded.Add(reader.GetString(reader.GetDocument((DocumentHandle)information.Parent).Name));
            }
        }

        Guid id = new BlobContentId(reader.DebugMetadataHeader!.Id).Guid;
        return new PortablePdb(id, documents, embedded, sourceLink);
    }

    /// <summary>The pdb id an assembly's CodeView debug directory entry names, and whether that pdb is portable.</summary>
    public static (Guid Id, bool Portable) IdNamedBy(byte[] assembly)
    {
        using var pe = new PEReader(new MemoryStream(assembly));
        DebugDirectoryEntry codeView = pe.ReadDebugDirectory().Single(entry => entry.Type == DebugDirectoryEntryType.CodeView);
        CodeViewDebugDirectoryData data = pe.ReadCodeViewDebugDirectoryData(codeView);

        // A portable pdb marks its CodeView entry with minor version 0x504D ("PM").
        return (data.Guid, codeView.IsPortableCodeView);
    }
}
