// Enums that stress the [WireEnum] generator the way a user's code might. Each one gets its generated code from
// the generator referenced as an analyzer, exactly as in a user's project. Expected wire names are in
// EdgeCaseEnumTables.cs, written out by hand from serde's snake_case rule.
using System.Text.Json.Serialization;
using Imp;

#pragma warning disable CA1050 // Declare types in namespaces: this one is in the global namespace on purpose.

/// <summary>An enum in the global namespace: its generated classes are in the global namespace too.</summary>
[WireEnum]
[JsonConverter(typeof(GlobalNamespaceKindJsonConverter))]
public enum GlobalNamespaceKind
{
    FirstThing,
    SecondThing,
}

#pragma warning restore CA1050

namespace Imp.Core.Tests.WireEnums
{
#pragma warning disable CA1069 // Enums values should not be duplicated: aliases are the point here.

    /// <summary>Members sharing a value: the first declared is listed and written, the later ones only parse.</summary>
    [WireEnum]
    [JsonConverter(typeof(AliasedOutcomeJsonConverter))]
    public enum AliasedOutcome
    {
        Success,
        Ok = Success,
        Failure,
        Error = 1,
        Cancelled,
        [WireName("given_up")]
        Abandoned = Cancelled,
        Retried = 7,
        Again = 7,
    }

    /// <summary>Explicit, negative and extreme values; the last member collides with <see cref="Zero"/> implicitly.</summary>
    [WireEnum]
    [JsonConverter(typeof(ExplicitValuesJsonConverter))]
    public enum ExplicitValues
    {
        NegativeFive = -5,
        Zero = 0,
        One,
        Thousand = 1000,
        IntMin = int.MinValue,
        IntMax = int.MaxValue,
        MinusTwo = -2,
        MinusOne,
        AlsoZero,
    }

    /// <summary>A byte-sized enum, up to <see cref="byte.MaxValue"/>.</summary>
    [WireEnum]
    [JsonConverter(typeof(ByteSizedJsonConverter))]
    public enum ByteSized : byte
    {
        Low = 0,
        Middle = 128,
        High = byte.MaxValue,
        AlsoHigh = 255,
    }

    /// <summary>A signed-byte enum with both extremes.</summary>
    [WireEnum]
    [JsonConverter(typeof(SignedByteSizedJsonConverter))]
    public enum SignedByteSized : sbyte
    {
        Min = sbyte.MinValue,
        Zero = 0,
        Max = sbyte.MaxValue,
    }

    /// <summary>A long enum with both extremes.</summary>
    [WireEnum]
    [JsonConverter(typeof(LongSizedJsonConverter))]
    public enum LongSized : long
    {
        Min = long.MinValue,
        MinusOne = -1,
        Zero = 0,
        Max = long.MaxValue,
    }

    /// <summary>An unsigned long enum up to <see cref="ulong.MaxValue"/>.</summary>
    [WireEnum]
    [JsonConverter(typeof(UnsignedLongSizedJsonConverter))]
    public enum UnsignedLongSized : ulong
    {
        Zero = 0,
        Max = ulong.MaxValue,
    }

#pragma warning restore CA1069

    /// <summary>Holds an enum: its generated classes are top-level, next to this class.</summary>
    public static class EnumContainer
    {
        [WireEnum]
        [JsonConverter(typeof(NestedKindJsonConverter))]
        public enum NestedKind
        {
            InnerValue,
            OuterValue,
        }

        public static class Deeper
        {
            [WireEnum]
            [JsonConverter(typeof(DeeplyNestedKindJsonConverter))]
            public enum DeeplyNestedKind
            {
                BottomValue,
            }
        }
    }

    /// <summary>Holds a public enum that is only reachable inside this assembly, and a protected internal one.</summary>
    internal static class InternalContainer
    {
        [WireEnum]
        [JsonConverter(typeof(PublicInInternalKindJsonConverter))]
        public enum PublicInInternalKind
        {
            Hidden,
            AlsoHidden,
        }
    }

    public class ProtectedInternalHost
    {
        [WireEnum]
        [JsonConverter(typeof(ProtectedInternalKindJsonConverter))]
        protected internal enum ProtectedInternalKind
        {
            Visible,
        }
    }

    /// <summary>An internal enum: its generated classes must be internal too.</summary>
    [WireEnum]
    [JsonConverter(typeof(InternalKindJsonConverter))]
    internal enum InternalKind
    {
        OnlyHere,
        AlsoHere,
    }

#pragma warning disable CA1720 // Identifiers should not contain type names: keyword members are the point here.

    /// <summary>
    /// Keyword members, and members named like the generated code's own parameters, locals and members, which
    /// the generated code must not confuse with them.
    /// </summary>
    [WireEnum]
    [JsonConverter(typeof(KeywordMembersJsonConverter))]
    public enum KeywordMembers
    {
        @class,
        @event,
        @int,
        @namespace,
        @return,
        value,
        result,
        utf8,
        reader,
        writer,
        options,
        length,
        scratch,
        typeToConvert,
        Count,
        ScratchLength,
        s_names,
        s_values,
        GetValues,
        Encode,
        Encoded,
    }

#pragma warning restore CA1720

    /// <summary>
    /// Non-ASCII member names. serde puts an underscore before every character Rust's <c>is_uppercase</c> accepts
    /// (the first excepted) and lower-cases ASCII only, so non-ASCII capitals keep their case.
    /// </summary>
    [WireEnum]
    [JsonConverter(typeof(NonAsciiNamesJsonConverter))]
    public enum NonAsciiNames
    {
#pragma warning disable IMP0006 // serde and System.Text.Json disagree on these; serde's form is the wire's.
        Ärger,
        GrößeÄnderung,
        ÜberMaß,
        ΣigmaΩmega,
        Iİ,
        PhaseⅡ,
#pragma warning restore IMP0006
        Größe,
        Straße,
        Aǅb,
        Café,
    }

    /// <summary>Digits, underscores and runs of capitals.</summary>
    [WireEnum]
    [JsonConverter(typeof(DigitsAndCapitalsJsonConverter))]
    public enum DigitsAndCapitals
    {
        Http2Error,
        Utf8Bom,
        A1B2,
        Version10,
        X509Certificate,
        X,
        already_snake,
#pragma warning disable IMP0006 // serde and System.Text.Json disagree on these; serde's form is the wire's.
        IOError,
        Foo_Bar,
        HTTPServer,
#pragma warning restore IMP0006
    }

    /// <summary>[WireName] overrides, including names JSON must escape and names HTML-minded encoders would.</summary>
    [WireEnum]
    [JsonConverter(typeof(RenamedMembersJsonConverter))]
    public enum RenamedMembers
    {
        [WireName("ok")]
        Success,
        [WireName("Beta")]
        Alpha,
        Beta,
        [WireName("größe-Ä")]
        Size,
        [WireName("say \"hi\"")]
        Quote,
        [WireName(@"back\slash")]
        Backslash,
        [WireName("</script>&'+`")]
        HtmlSensitive,
        [WireName("with inner space")]
        Spaced,
        [WireName("Mixed.Case-Name")]
        Mixed,
        [WireName("receive_commands")]
        SharedWithAnotherEnum,
        [WireName("123")]
        Numeric,
        [WireName("Größe")]
        NonAsciiCapital,
    }

    /// <summary>
    /// Wire names that serde_json writes as raw UTF-8 but that some JSON encoders escape: a character beyond the BMP,
    /// a no-break space and a line separator.
    /// </summary>
    [WireEnum]
    [JsonConverter(typeof(RawUtf8NamesJsonConverter))]
    public enum RawUtf8Names
    {
        [WireName("crab_🦀")]
        Crab,
        [WireName("no\u00A0break")]
        NoBreak,
        [WireName("line\u2028separator")]
        LineSeparator,
    }

    /// <summary>An enum with no members: nothing parses, nothing can be written.</summary>
    [WireEnum]
    [JsonConverter(typeof(NoMembersJsonConverter))]
    public enum NoMembers
    {
    }

    /// <summary>An enum whose own name is not ASCII.</summary>
    [WireEnum]
    [JsonConverter(typeof(MaßeinheitJsonConverter))]
    public enum Maßeinheit
    {
        Meter,
        Fuß,
    }
}
