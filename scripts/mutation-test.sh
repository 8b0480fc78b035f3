#!/usr/bin/env bash
# Mutation testing with Stryker.NET (pinned in .config/dotnet-tools.json).
#
#   scripts/mutation-test.sh              # both targets: core, then generators
#   scripts/mutation-test.sh core         # Imp.Core's Retry, Closeout and Turn folders
#   scripts/mutation-test.sh generators   # Imp.Generators (the fuzz test is filtered out)
#   scripts/mutation-test.sh core -m '**/Turn/**/*.cs'   # extra arguments go to Stryker, e.g. one folder
#
# Settings live in tests/<test project>/stryker-config.json. Reports go to StrykerOutput/<target>/
# (git-ignored): reports/mutation-report.html to browse, reports/mutation-report.json for the summary
# printed at the end, per folder.
#
# Too slow for CI. On the 2-core machine, shared with other builds: core (~440 mutants tested) 12 to 21 min;
# generators (~1,900 mutants tested, the fuzz tests filtered out) about 45 min, or longer while other builds run;
# split it with -m (e.g. -m '**/Parsing/**/*.cs') to run a part.
# Equivalent mutants are marked where they stand with `// Stryker disable once <Mutator> : equivalent — why`
# (reported as Ignored, outside the score); survivors left on purpose carry a `// Stryker: survives — why` note.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

targets=()
case "${1:-all}" in
  core) targets=(core); shift ;;
  generators) targets=(generators); shift ;;
  all) targets=(core generators); if [[ $# -gt 0 ]]; then shift; fi ;;
  *) echo "usage: $0 [core|generators|all] [stryker arguments...]" >&2; exit 2 ;;
esac

dotnet tool restore >/dev/null

summarise() { # $1 report json, $2 source root that the folders are under
  python3 - "$1" "$2" <<'PY'
import json, sys, collections
report, source_root = sys.argv[1], sys.argv[2].rstrip("/") + "/"
data = json.load(open(report))
rows = collections.defaultdict(collections.Counter)
for path, f in data["files"].items():
    rel = path.replace("\\", "/")
    rel = rel[rel.find(source_root) + len(source_root):] if source_root in rel else rel
    folder = rel.split("/")[0] if "/" in rel else "(root)"
    for m in f["mutants"]:
        rows[folder][m["status"]] += 1
        rows["TOTAL"][m["status"]] += 1
def score(c):
    detected = c["Killed"] + c["Timeout"]
    valid = detected + c["Survived"] + c["NoCoverage"]
    return 100.0 * detected / valid if valid else float("nan")
print(f"{'folder':<14}{'score':>8}{'killed':>8}{'timeout':>9}{'survived':>10}{'no cov':>8}{'ignored':>9}{'compile err':>13}")
for folder in sorted(rows, key=lambda k: (k == "TOTAL", k)):
    c = rows[folder]
    print(f"{folder:<14}{score(c):>7.1f}%{c['Killed']:>8}{c['Timeout']:>9}{c['Survived']:>10}{c['NoCoverage']:>8}"
          f"{c['Ignored']:>9}{c['CompileError']:>13}")
PY
}

run() { # $1 target name, $2 test project folder, $3 source root for the summary; rest: stryker arguments
  local name="$1" test_dir="$2" source_root="$3"; shift 3
  local out="$root/StrykerOutput/$name"
  rm -rf "$out"
  echo "== Stryker: $name (config $test_dir/stryker-config.json, reports in StrykerOutput/$name)"
  local start=$SECONDS
  (cd "$root/$test_dir" && dotnet tool run dotnet-stryker -- \
      --config-file stryker-config.json --output "$out" --skip-version-check "$@")
  local took=$((SECONDS - start))
  echo "== $name: $((took / 60)) min $((took % 60)) s"
  summarise "$out/reports/mutation-report.json" "$source_root"
  printf '%s\t%s\n' "$name" "$took" >>"$root/StrykerOutput/times.tsv"
}

mkdir -p "$root/StrykerOutput"
for target in "${targets[@]}"; do
  case "$target" in
    core) run core tests/Imp.Core.Tests src/Imp.Core "$@" ;;
    generators) run generators tests/Imp.Generators.Tests generators/Imp.Generators "$@" ;;
  esac
done
