using System.Collections.Generic;
using BenchmarkDotNet.Attributes;

namespace Imp.Benchmarks.Closeout;

/// <summary>
/// <c>Closeout.Enforce</c> over 1, 10 and 1,000 gates: when every required gate passed (nothing changes, nothing
/// may be allocated), and when the last one failed (one concern is added). Time should grow linearly with the gates.
/// </summary>
[Config(typeof(QuickConfig))]
[MemoryDiagnoser]
public class CloseoutBenchmarks
{
    private static readonly RunFinalStatus Done = new RunFinalStatus.Done(StopReason.WorkCompleted);

    private List<VerificationGate> _passed = [];
    private List<VerificationGate> _lastFailed = [];

    [Params(1, 10, 1000)]
    public int Gates { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _passed = Build(Gates, failLast: false);
        _lastFailed = Build(Gates, failLast: true);
    }

    [Benchmark(Baseline = true)]
    public RunFinalStatus All_passed_nothing_changes() => Imp.Closeout.Enforce(Done, _passed);

    [Benchmark]
    public RunFinalStatus Last_failed_adds_a_concern() => Imp.Closeout.Enforce(Done, _lastFailed);

    private static List<VerificationGate> Build(int count, bool failLast)
    {
        var gates = new List<VerificationGate>(count);
        for (int i = 0; i < count; i++)
        {
            VerificationGate gate = VerificationGate.Command("gate" + i, "check " + i);
            if (i % 3 == 1)
            {
                // Optional and advisory gates are looked at and skipped: part of the work, never of the result.
                gate.Requirement = i % 2 == 0 ? VerificationGateRequirement.Optional : VerificationGateRequirement.Advisory;
                gate.MarkFailed(VerificationGateResult.Failed(1));
            }
            else if (failLast && i == count - 1)
            {
                gate.MarkFailed(VerificationGateResult.Failed(101) with { Summary = "tests failed" });
            }
            else
            {
                gate.MarkPassed(VerificationGateResult.Passed(0));
            }

            gates.Add(gate);
        }

        return gates;
    }
}
