#!/usr/bin/env bash
# Approves Imp.Core's public API after an intended change, in one step: runs the snapshot test and, when it fails,
# takes what it received as the new approved file. Review the diff of
# tests/Imp.Core.Tests/PublicApi/Snapshots/PublicApiTests.The_public_API_matches_the_approved_one.approved.txt before committing.
set -euo pipefail
cd "$(dirname "$0")/.."
snapshots=tests/Imp.Core.Tests/PublicApi/Snapshots
dotnet test tests/Imp.Core.Tests --filter "FullyQualifiedName~PublicApiTests" >/dev/null 2>&1 || true
received=$snapshots/PublicApiTests.The_public_API_matches_the_approved_one.received.txt
if [[ -f "$received" ]]; then
  mv "$received" "${received%.received.txt}.approved.txt"
  git --no-pager diff --stat -- "$snapshots"
else
  echo "The public API matches the approved snapshot."
fi
