using System;
using System.Collections.Generic;
using System.Linq;
using static Imp.Core.Tests.WireEnums.Wire;

namespace Imp.Core.Tests.WireEnums;

/// <summary>
/// The expected wire names of the edge-case enums in <c>EdgeCaseEnums.cs</c>, derived by hand with serde's
/// <c>rename_all = "snake_case"</c> rule: an underscore before every character Rust's <c>char::is_uppercase</c>
/// accepts, except the first, then <c>to_ascii_lowercase</c>.
/// </summary>
internal static class EdgeCaseEnumTables
{
    public static readonly WireEnumContract<GlobalNamespaceKind> GlobalNamespaceKind = new()
    {
        Members =
        [
            Member(global::GlobalNamespaceKind.FirstThing, "first_thing"),
            Member(global::GlobalNamespaceKind.SecondThing, "second_thing"),
        ],
        UndefinedValues = [(GlobalNamespaceKind)2, (GlobalNamespaceKind)(-1)],
        Count = GlobalNamespaceKindExtensions.Count,
        GetValues = GlobalNamespaceKindExtensions.GetValues,
        GetNames = GlobalNamespaceKindExtensions.GetNames,
        AsStr = GlobalNamespaceKindExtensions.AsStr,
        Parse = GlobalNamespaceKindExtensions.Parse,
        TryParseString = GlobalNamespaceKindExtensions.TryParse,
        TryParseChars = GlobalNamespaceKindExtensions.TryParse,
        TryParseUtf8 = GlobalNamespaceKindExtensions.TryParse,
        Converter = new GlobalNamespaceKindJsonConverter(),
    };

    public static readonly WireEnumContract<AliasedOutcome> AliasedOutcome = new()
    {
        Members =
        [
            Member(WireEnums.AliasedOutcome.Success, "success"),
            Member(WireEnums.AliasedOutcome.Failure, "failure"),
            Member(WireEnums.AliasedOutcome.Cancelled, "cancelled"),
            Member(WireEnums.AliasedOutcome.Retried, "retried"),
        ],
        Aliases =
        [
            Member(WireEnums.AliasedOutcome.Ok, "ok"),
            Member(WireEnums.AliasedOutcome.Error, "error"),
            Member(WireEnums.AliasedOutcome.Abandoned, "given_up"),
            Member(WireEnums.AliasedOutcome.Again, "again"),
        ],
        UndefinedValues = [(AliasedOutcome)3, (AliasedOutcome)6, (AliasedOutcome)8, (AliasedOutcome)(-1)],
        Count = AliasedOutcomeExtensions.Count,
        GetValues = AliasedOutcomeExtensions.GetValues,
        GetNames = AliasedOutcomeExtensions.GetNames,
        AsStr = AliasedOutcomeExtensions.AsStr,
        Parse = AliasedOutcomeExtensions.Parse,
        TryParseString = AliasedOutcomeExtensions.TryParse,
        TryParseChars = AliasedOutcomeExtensions.TryParse,
        TryParseUtf8 = AliasedOutcomeExtensions.TryParse,
        Converter = new AliasedOutcomeJsonConverter(),
    };

    public static readonly WireEnumContract<ExplicitValues> ExplicitValues = new()
    {
        Members =
        [
            Member(WireEnums.ExplicitValues.NegativeFive, "negative_five"),
            Member(WireEnums.ExplicitValues.Zero, "zero"),
            Member(WireEnums.ExplicitValues.One, "one"),
            Member(WireEnums.ExplicitValues.Thousand, "thousand"),
            Member(WireEnums.ExplicitValues.IntMin, "int_min"),
            Member(WireEnums.ExplicitValues.IntMax, "int_max"),
            Member(WireEnums.ExplicitValues.MinusTwo, "minus_two"),
            Member(WireEnums.ExplicitValues.MinusOne, "minus_one"),
        ],
        Aliases =
        [
            Member(WireEnums.ExplicitValues.AlsoZero, "also_zero"),
        ],
        UndefinedValues = [(ExplicitValues)2, (ExplicitValues)(-3), (ExplicitValues)999, (ExplicitValues)(int.MinValue + 1), (ExplicitValues)(int.MaxValue - 1)],
        Count = ExplicitValuesExtensions.Count,
        GetValues = ExplicitValuesExtensions.GetValues,
        GetNames = ExplicitValuesExtensions.GetNames,
        AsStr = ExplicitValuesExtensions.AsStr,
        Parse = ExplicitValuesExtensions.Parse,
        TryParseString = ExplicitValuesExtensions.TryParse,
        TryParseChars = ExplicitValuesExtensions.TryParse,
        TryParseUtf8 = ExplicitValuesExtensions.TryParse,
        Converter = new ExplicitValuesJsonConverter(),
    };

    public static readonly WireEnumContract<ByteSized> ByteSized = new()
    {
        Members =
        [
            Member(WireEnums.ByteSized.Low, "low"),
            Member(WireEnums.ByteSized.Middle, "middle"),
            Member(WireEnums.ByteSized.High, "high"),
        ],
        Aliases =
        [
            Member(WireEnums.ByteSized.AlsoHigh, "also_high"),
        ],
        UndefinedValues = [(ByteSized)1, (ByteSized)127, (ByteSized)129, (ByteSized)254],
        Count = ByteSizedExtensions.Count,
        GetValues = ByteSizedExtensions.GetValues,
        GetNames = ByteSizedExtensions.GetNames,
        AsStr = ByteSizedExtensions.AsStr,
        Parse = ByteSizedExtensions.Parse,
        TryParseString = ByteSizedExtensions.TryParse,
        TryParseChars = ByteSizedExtensions.TryParse,
        TryParseUtf8 = ByteSizedExtensions.TryParse,
        Converter = new ByteSizedJsonConverter(),
    };

    public static readonly WireEnumContract<SignedByteSized> SignedByteSized = new()
    {
        Members =
        [
            Member(WireEnums.SignedByteSized.Min, "min"),
            Member(WireEnums.SignedByteSized.Zero, "zero"),
            Member(WireEnums.SignedByteSized.Max, "max"),
        ],
        UndefinedValues = [(SignedByteSized)(-1), (SignedByteSized)1, (SignedByteSized)(-127), (SignedByteSized)126],
        Count = SignedByteSizedExtensions.Count,
        GetValues = SignedByteSizedExtensions.GetValues,
        GetNames = SignedByteSizedExtensions.GetNames,
        AsStr = SignedByteSizedExtensions.AsStr,
        Parse = SignedByteSizedExtensions.Parse,
        TryParseString = SignedByteSizedExtensions.TryParse,
        TryParseChars = SignedByteSizedExtensions.TryParse,
        TryParseUtf8 = SignedByteSizedExtensions.TryParse,
        Converter = new SignedByteSizedJsonConverter(),
    };

    public static readonly WireEnumContract<LongSized> LongSized = new()
    {
        Members =
        [
            Member(WireEnums.LongSized.Min, "min"),
            Member(WireEnums.LongSized.MinusOne, "minus_one"),
            Member(WireEnums.LongSized.Zero, "zero"),
            Member(WireEnums.LongSized.Max, "max"),
        ],
        UndefinedValues = [(LongSized)1, (LongSized)(long.MaxValue - 1), (LongSized)(long.MinValue + 1), (LongSized)int.MaxValue, (LongSized)int.MinValue],
        Count = LongSizedExtensions.Count,
        GetValues = LongSizedExtensions.GetValues,
        GetNames = LongSizedExtensions.GetNames,
        AsStr = LongSizedExtensions.AsStr,
        Parse = LongSizedExtensions.Parse,
        TryParseString = LongSizedExtensions.TryParse,
        TryParseChars = LongSizedExtensions.TryParse,
        TryParseUtf8 = LongSizedExtensions.TryParse,
        Converter = new LongSizedJsonConverter(),
    };

    public static readonly WireEnumContract<UnsignedLongSized> UnsignedLongSized = new()
    {
        Members =
        [
            Member(WireEnums.UnsignedLongSized.Zero, "zero"),
            Member(WireEnums.UnsignedLongSized.Max, "max"),
        ],
        UndefinedValues = [(UnsignedLongSized)1, (UnsignedLongSized)(ulong.MaxValue - 1), (UnsignedLongSized)long.MaxValue],
        Count = UnsignedLongSizedExtensions.Count,
        GetValues = UnsignedLongSizedExtensions.GetValues,
        GetNames = UnsignedLongSizedExtensions.GetNames,
        AsStr = UnsignedLongSizedExtensions.AsStr,
        Parse = UnsignedLongSizedExtensions.Parse,
        TryParseString = UnsignedLongSizedExtensions.TryParse,
        TryParseChars = UnsignedLongSizedExtensions.TryParse,
        TryParseUtf8 = UnsignedLongSizedExtensions.TryParse,
        Converter = new UnsignedLongSizedJsonConverter(),
    };

    public static readonly WireEnumContract<EnumContainer.NestedKind> NestedKind = new()
    {
        Members =
        [
            Member(EnumContainer.NestedKind.InnerValue, "inner_value"),
            Member(EnumContainer.NestedKind.OuterValue, "outer_value"),
        ],
        UndefinedValues = [(EnumContainer.NestedKind)2],
        Count = NestedKindExtensions.Count,
        GetValues = NestedKindExtensions.GetValues,
        GetNames = NestedKindExtensions.GetNames,
        AsStr = NestedKindExtensions.AsStr,
        Parse = NestedKindExtensions.Parse,
        TryParseString = NestedKindExtensions.TryParse,
        TryParseChars = NestedKindExtensions.TryParse,
        TryParseUtf8 = NestedKindExtensions.TryParse,
        Converter = new NestedKindJsonConverter(),
    };

    public static readonly WireEnumContract<EnumContainer.Deeper.DeeplyNestedKind> DeeplyNestedKind = new()
    {
        Members =
        [
            Member(EnumContainer.Deeper.DeeplyNestedKind.BottomValue, "bottom_value"),
        ],
        UndefinedValues = [(EnumContainer.Deeper.DeeplyNestedKind)1],
        Count = DeeplyNestedKindExtensions.Count,
        GetValues = DeeplyNestedKindExtensions.GetValues,
        GetNames = DeeplyNestedKindExtensions.GetNames,
        AsStr = DeeplyNestedKindExtensions.AsStr,
        Parse = DeeplyNestedKindExtensions.Parse,
        TryParseString = DeeplyNestedKindExtensions.TryParse,
        TryParseChars = DeeplyNestedKindExtensions.TryParse,
        TryParseUtf8 = DeeplyNestedKindExtensions.TryParse,
        Converter = new DeeplyNestedKindJsonConverter(),
    };

    public static readonly WireEnumContract<InternalContainer.PublicInInternalKind> PublicInInternalKind = new()
    {
        Members =
        [
            Member(InternalContainer.PublicInInternalKind.Hidden, "hidden"),
            Member(InternalContainer.PublicInInternalKind.AlsoHidden, "also_hidden"),
        ],
        UndefinedValues = [(InternalContainer.PublicInInternalKind)2],
        Count = PublicInInternalKindExtensions.Count,
        GetValues = PublicInInternalKindExtensions.GetValues,
        GetNames = PublicInInternalKindExtensions.GetNames,
        AsStr = PublicInInternalKindExtensions.AsStr,
        Parse = PublicInInternalKindExtensions.Parse,
        TryParseString = PublicInInternalKindExtensions.TryParse,
        TryParseChars = PublicInInternalKindExtensions.TryParse,
        TryParseUtf8 = PublicInInternalKindExtensions.TryParse,
        Converter = new PublicInInternalKindJsonConverter(),
    };

    public static readonly WireEnumContract<ProtectedInternalHost.ProtectedInternalKind> ProtectedInternalKind = new()
    {
        Members =
        [
            Member(ProtectedInternalHost.ProtectedInternalKind.Visible, "visible"),
        ],
        UndefinedValues = [(ProtectedInternalHost.ProtectedInternalKind)1],
        Count = ProtectedInternalKindExtensions.Count,
        GetValues = ProtectedInternalKindExtensions.GetValues,
        GetNames = ProtectedInternalKindExtensions.GetNames,
        AsStr = ProtectedInternalKindExtensions.AsStr,
        Parse = ProtectedInternalKindExtensions.Parse,
        TryParseString = ProtectedInternalKindExtensions.TryParse,
        TryParseChars = ProtectedInternalKindExtensions.TryParse,
        TryParseUtf8 = ProtectedInternalKindExtensions.TryParse,
        Converter = new ProtectedInternalKindJsonConverter(),
    };

    public static readonly WireEnumContract<InternalKind> InternalKind = new()
    {
        Members =
        [
            Member(WireEnums.InternalKind.OnlyHere, "only_here"),
            Member(WireEnums.InternalKind.AlsoHere, "also_here"),
        ],
        UndefinedValues = [(InternalKind)2],
        Count = InternalKindExtensions.Count,
        GetValues = InternalKindExtensions.GetValues,
        GetNames = InternalKindExtensions.GetNames,
        AsStr = InternalKindExtensions.AsStr,
        Parse = InternalKindExtensions.Parse,
        TryParseString = InternalKindExtensions.TryParse,
        TryParseChars = InternalKindExtensions.TryParse,
        TryParseUtf8 = InternalKindExtensions.TryParse,
        Converter = new InternalKindJsonConverter(),
    };

    public static readonly WireEnumContract<KeywordMembers> KeywordMembers = new()
    {
        Members =
        [
            Member(WireEnums.KeywordMembers.@class, "class"),
            Member(WireEnums.KeywordMembers.@event, "event"),
            Member(WireEnums.KeywordMembers.@int, "int"),
            Member(WireEnums.KeywordMembers.@namespace, "namespace"),
            Member(WireEnums.KeywordMembers.@return, "return"),
            Member(WireEnums.KeywordMembers.value, "value"),
            Member(WireEnums.KeywordMembers.result, "result"),
            Member(WireEnums.KeywordMembers.utf8, "utf8"),
            Member(WireEnums.KeywordMembers.reader, "reader"),
            Member(WireEnums.KeywordMembers.writer, "writer"),
            Member(WireEnums.KeywordMembers.options, "options"),
            Member(WireEnums.KeywordMembers.length, "length"),
            Member(WireEnums.KeywordMembers.scratch, "scratch"),
            Member(WireEnums.KeywordMembers.typeToConvert, "type_to_convert"),
            Member(WireEnums.KeywordMembers.Count, "count"),
            Member(WireEnums.KeywordMembers.ScratchLength, "scratch_length"),
            Member(WireEnums.KeywordMembers.s_names, "s_names"),
            Member(WireEnums.KeywordMembers.s_values, "s_values"),
            Member(WireEnums.KeywordMembers.GetValues, "get_values"),
            Member(WireEnums.KeywordMembers.Encode, "encode"),
            Member(WireEnums.KeywordMembers.Encoded, "encoded"),
        ],
        UndefinedValues = [(KeywordMembers)21, (KeywordMembers)(-1)],
        Count = KeywordMembersExtensions.Count,
        GetValues = KeywordMembersExtensions.GetValues,
        GetNames = KeywordMembersExtensions.GetNames,
        AsStr = KeywordMembersExtensions.AsStr,
        Parse = KeywordMembersExtensions.Parse,
        TryParseString = KeywordMembersExtensions.TryParse,
        TryParseChars = KeywordMembersExtensions.TryParse,
        TryParseUtf8 = KeywordMembersExtensions.TryParse,
        Converter = new KeywordMembersJsonConverter(),
    };

    public static readonly WireEnumContract<NonAsciiNames> NonAsciiNames = new()
    {
        Members =
        [
            Member(WireEnums.NonAsciiNames.Ärger, "Ärger"),
            Member(WireEnums.NonAsciiNames.GrößeÄnderung, "größe_Änderung"),
            Member(WireEnums.NonAsciiNames.ÜberMaß, "Über_maß"),
            Member(WireEnums.NonAsciiNames.ΣigmaΩmega, "Σigma_Ωmega"),
            Member(WireEnums.NonAsciiNames.Iİ, "i_İ"),
            Member(WireEnums.NonAsciiNames.PhaseⅡ, "phase_Ⅱ"),
            Member(WireEnums.NonAsciiNames.Größe, "größe"),
            Member(WireEnums.NonAsciiNames.Straße, "straße"),
            Member(WireEnums.NonAsciiNames.Aǅb, "aǅb"),
            Member(WireEnums.NonAsciiNames.Café, "café"),
        ],
        UndefinedValues = [(NonAsciiNames)10, (NonAsciiNames)(-1)],
        Count = NonAsciiNamesExtensions.Count,
        GetValues = NonAsciiNamesExtensions.GetValues,
        GetNames = NonAsciiNamesExtensions.GetNames,
        AsStr = NonAsciiNamesExtensions.AsStr,
        Parse = NonAsciiNamesExtensions.Parse,
        TryParseString = NonAsciiNamesExtensions.TryParse,
        TryParseChars = NonAsciiNamesExtensions.TryParse,
        TryParseUtf8 = NonAsciiNamesExtensions.TryParse,
        Converter = new NonAsciiNamesJsonConverter(),
    };

    public static readonly WireEnumContract<DigitsAndCapitals> DigitsAndCapitals = new()
    {
        Members =
        [
            Member(WireEnums.DigitsAndCapitals.Http2Error, "http2_error"),
            Member(WireEnums.DigitsAndCapitals.Utf8Bom, "utf8_bom"),
            Member(WireEnums.DigitsAndCapitals.A1B2, "a1_b2"),
            Member(WireEnums.DigitsAndCapitals.Version10, "version10"),
            Member(WireEnums.DigitsAndCapitals.X509Certificate, "x509_certificate"),
            Member(WireEnums.DigitsAndCapitals.X, "x"),
            Member(WireEnums.DigitsAndCapitals.already_snake, "already_snake"),
            Member(WireEnums.DigitsAndCapitals.IOError, "i_o_error"),
            Member(WireEnums.DigitsAndCapitals.Foo_Bar, "foo__bar"),
            Member(WireEnums.DigitsAndCapitals.HTTPServer, "h_t_t_p_server"),
        ],
        UndefinedValues = [(DigitsAndCapitals)10],
        Count = DigitsAndCapitalsExtensions.Count,
        GetValues = DigitsAndCapitalsExtensions.GetValues,
        GetNames = DigitsAndCapitalsExtensions.GetNames,
        AsStr = DigitsAndCapitalsExtensions.AsStr,
        Parse = DigitsAndCapitalsExtensions.Parse,
        TryParseString = DigitsAndCapitalsExtensions.TryParse,
        TryParseChars = DigitsAndCapitalsExtensions.TryParse,
        TryParseUtf8 = DigitsAndCapitalsExtensions.TryParse,
        Converter = new DigitsAndCapitalsJsonConverter(),
    };

    public static readonly WireEnumContract<RenamedMembers> RenamedMembers = new()
    {
        Members =
        [
            Member(WireEnums.RenamedMembers.Success, "ok"),
            Member(WireEnums.RenamedMembers.Alpha, "Beta"),
            Member(WireEnums.RenamedMembers.Beta, "beta"),
            Member(WireEnums.RenamedMembers.Size, "größe-Ä"),
            MemberWithJson(WireEnums.RenamedMembers.Quote, "say \"hi\"", "\"say \\\"hi\\\"\""),
            MemberWithJson(WireEnums.RenamedMembers.Backslash, "back\\slash", "\"back\\\\slash\""),
            Member(WireEnums.RenamedMembers.HtmlSensitive, "</script>&'+`"),
            Member(WireEnums.RenamedMembers.Spaced, "with inner space"),
            Member(WireEnums.RenamedMembers.Mixed, "Mixed.Case-Name"),
            Member(WireEnums.RenamedMembers.SharedWithAnotherEnum, "receive_commands"),
            Member(WireEnums.RenamedMembers.Numeric, "123"),
            Member(WireEnums.RenamedMembers.NonAsciiCapital, "Größe"),
        ],
        UndefinedValues = [(RenamedMembers)12],
        Count = RenamedMembersExtensions.Count,
        GetValues = RenamedMembersExtensions.GetValues,
        GetNames = RenamedMembersExtensions.GetNames,
        AsStr = RenamedMembersExtensions.AsStr,
        Parse = RenamedMembersExtensions.Parse,
        TryParseString = RenamedMembersExtensions.TryParse,
        TryParseChars = RenamedMembersExtensions.TryParse,
        TryParseUtf8 = RenamedMembersExtensions.TryParse,
        Converter = new RenamedMembersJsonConverter(),
    };

    /// <summary>serde_json writes these names as raw UTF-8 (it escapes only quotes, backslashes and C0 controls).</summary>
    public static readonly WireEnumContract<RawUtf8Names> RawUtf8Names = new()
    {
        Members =
        [
            Member(WireEnums.RawUtf8Names.Crab, "crab_\U0001F980"),
            Member(WireEnums.RawUtf8Names.NoBreak, "no\u00A0break"),
            Member(WireEnums.RawUtf8Names.LineSeparator, "line\u2028separator"),
        ],
        UndefinedValues = [(RawUtf8Names)3],
        Count = RawUtf8NamesExtensions.Count,
        GetValues = RawUtf8NamesExtensions.GetValues,
        GetNames = RawUtf8NamesExtensions.GetNames,
        AsStr = RawUtf8NamesExtensions.AsStr,
        Parse = RawUtf8NamesExtensions.Parse,
        TryParseString = RawUtf8NamesExtensions.TryParse,
        TryParseChars = RawUtf8NamesExtensions.TryParse,
        TryParseUtf8 = RawUtf8NamesExtensions.TryParse,
        Converter = new RawUtf8NamesJsonConverter(),
    };

    public static readonly WireEnumContract<NoMembers> NoMembers = new()
    {
        Members = [],
        UndefinedValues = [default, (NoMembers)1, (NoMembers)(-1)],
        Count = NoMembersExtensions.Count,
        GetValues = NoMembersExtensions.GetValues,
        GetNames = NoMembersExtensions.GetNames,
        AsStr = NoMembersExtensions.AsStr,
        Parse = NoMembersExtensions.Parse,
        TryParseString = NoMembersExtensions.TryParse,
        TryParseChars = NoMembersExtensions.TryParse,
        TryParseUtf8 = NoMembersExtensions.TryParse,
        Converter = new NoMembersJsonConverter(),
    };

    public static readonly WireEnumContract<Maßeinheit> Maßeinheit = new()
    {
        Members =
        [
            Member(WireEnums.Maßeinheit.Meter, "meter"),
            Member(WireEnums.Maßeinheit.Fuß, "fuß"),
        ],
        UndefinedValues = [(Maßeinheit)2],
        Count = MaßeinheitExtensions.Count,
        GetValues = MaßeinheitExtensions.GetValues,
        GetNames = MaßeinheitExtensions.GetNames,
        AsStr = MaßeinheitExtensions.AsStr,
        Parse = MaßeinheitExtensions.Parse,
        TryParseString = MaßeinheitExtensions.TryParse,
        TryParseChars = MaßeinheitExtensions.TryParse,
        TryParseUtf8 = MaßeinheitExtensions.TryParse,
        Converter = new MaßeinheitJsonConverter(),
    };

    /// <summary>Every edge-case enum by its type name.</summary>
    public static readonly IReadOnlyDictionary<string, IWireEnumContract> All = new IWireEnumContract[]
    {
        GlobalNamespaceKind,
        AliasedOutcome,
        ExplicitValues,
        ByteSized,
        SignedByteSized,
        LongSized,
        UnsignedLongSized,
        NestedKind,
        DeeplyNestedKind,
        PublicInInternalKind,
        ProtectedInternalKind,
        InternalKind,
        KeywordMembers,
        NonAsciiNames,
        DigitsAndCapitals,
        RenamedMembers,
        RawUtf8Names,
        NoMembers,
        Maßeinheit,
    }.ToDictionary(c => c.EnumType.Name, StringComparer.Ordinal);

    /// <summary>
    /// Enums whose names System.Text.Json cannot write as raw UTF-8 (see <c>EdgeCaseEnumTests</c>): left out of the
    /// JSON writing checks that would otherwise fail for that one reason.
    /// </summary>
    public static readonly IReadOnlySet<string> WrittenEscaped = new HashSet<string>(StringComparer.Ordinal) { nameof(WireEnums.RawUtf8Names) };
}
