namespace Imp.Generators.WireUnions;

/// <summary>How the converter reads and writes a variant's field.</summary>
internal enum WireFieldKind
{
    /// <summary>A JSON string.</summary>
    String,

    /// <summary>A JSON true or false.</summary>
    Boolean,

    /// <summary>A JSON number read as <c>int</c>.</summary>
    Int32,

    /// <summary>A JSON number read as <c>long</c>.</summary>
    Int64,

    /// <summary>A JSON number read as <c>uint</c>.</summary>
    UInt32,

    /// <summary>A JSON number read as <c>ulong</c>.</summary>
    UInt64,

    /// <summary>A JSON number read as <c>double</c>.</summary>
    Double,

    /// <summary>A [WireEnum] or [WireUnion] type: its generated converter is called directly.</summary>
    Converter,

    /// <summary>Anything else: System.Text.Json with the caller's options.</summary>
    Serializer,
}
