#!/usr/bin/env bash
# Refreshes a project's wire contract (ImpWireContract.txt) from its code, in one step:
#
#   scripts/lock-wire-contract.sh [path/to/Project.csproj] [path/to/ImpWireContract.txt]
#
# (default: src/Imp.Core, the SDK's own contract). It builds the project once and applies what the analyzer reports:
# IMP0056 (not locked yet) adds the line, IMP0055 (changed) replaces it, IMP0054 (gone) removes it. Every diagnostic
# carries its line as "(lock line: ...)". Review the diff before committing it: a removed or changed line is a
# breaking change for every peer that reads the wire. See docs/wire-contract.md.
set -euo pipefail

project=${1:-src/Imp.Core/Imp.Core.csproj}
contract=${2:-$(dirname "$project")/ImpWireContract.txt}
if [[ ! -f "$contract" ]]; then
  echo "No $contract. Create it (empty) and add <AdditionalFiles Include=\"ImpWireContract.txt\" /> to the project first." >&2
  exit 1
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# Warnings stay warnings here so that the build reaches the analyzers; other errors are shown and stop the script.
dotnet build "$project" --no-incremental -p:TreatWarningsAsErrors=false -p:WarningsAsErrors= -clp:NoSummary >"$work/build.log" 2>&1 || true
if grep -E ": error [A-Z]+[0-9]+:" "$work/build.log" | grep -vqE ": error IMP005[4-6]:"; then
  grep -E ": error " "$work/build.log" | grep -vE "IMP005[4-6]:" | sort -u >&2
  echo "The build has other errors; fix them first." >&2
  exit 1
fi

# One "ID<TAB>line" per diagnostic; MSBuild appends " (help link) [project]" to each message.
grep -oE "(error|warning) IMP005[4-6]: .*\(lock line: .*" "$work/build.log" \
  | sed -E -e 's/ \[[^]]*\]$//' -e 's/ \(https?:[^ ]*\)$//' \
  | sed -E 's/^(error|warning) (IMP005[4-6]): .*\(lock line: (.*)\)$/\2\t\3/' \
  | sort -u >"$work/changes"

awk -F'\t' -v out="$work/contract" '
  function key(line) { return substr(line, 1, index(line, " = ") - 1) }
  FNR == NR { if ($1 == "IMP0054" || $1 == "IMP0055") drop[key($2)] = 1; if ($1 != "IMP0054") add[$2] = 1; next }
  /^#/ && !body { print > out; header = 1; next }
  { body = 1 }
  NF == 0 { next }
  !(key($0) in drop) { add[$0] = 1 }
  END {
    if (!header) print "# Imp wire contract: every wire name peers read. Removing or changing a line is a breaking change. See docs/wire-contract.md." > out
    n = 0; for (line in add) lines[++n] = line
    # Ordinal order, as the code fix writes it.
    for (i = 2; i <= n; i++) { v = lines[i]; j = i - 1; while (j > 0 && lines[j] > v) { lines[j + 1] = lines[j]; j-- } lines[j + 1] = v }
    for (i = 1; i <= n; i++) print lines[i] > out
  }' "$work/changes" FS='\n' "$contract"

cp "$work/contract" "$contract"
echo "$(cut -f1 "$work/changes" | sort | uniq -c | tr '\n' ' ')-> $contract"
