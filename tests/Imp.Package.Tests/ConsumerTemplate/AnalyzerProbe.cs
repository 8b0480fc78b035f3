#if IMP_ANALYZER_PROBE
using Imp;

namespace Harbor.Shipping;

/// <summary>Built only with ImpAnalyzerProbe=true: two members share a wire name, which the packaged analyzer reports as IMP0001.</summary>
[WireEnum]
internal enum ProbeDuplicate
{
    /// <summary>Wire name "first".</summary>
    First,

    /// <summary>Also "first": an error.</summary>
    [WireName("first")]
    Second,
}
#endif
