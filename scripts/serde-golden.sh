#!/usr/bin/env bash
# Regenerates the wire golden corpus (tools/serde-golden/corpus/) from the Rust program in
# tools/serde-golden/: imp-core's shapes with serde derives, built offline against Debian's packaged
# crates. CI does not run this; the committed corpus is what the C# wire tests compare with.
#   scripts/serde-golden.sh           build, write the corpus, show what changed
#   scripts/serde-golden.sh --check   also fail when the corpus differs from the committed one
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
tool="$root/tools/serde-golden"

crates=(librust-serde-dev librust-serde-derive-dev librust-serde-json-dev librust-indexmap-dev)
missing=()
for crate in "${crates[@]}"; do
  dpkg -s "$crate" >/dev/null 2>&1 || missing+=("$crate")
done
if ((${#missing[@]})); then
  echo "installing ${missing[*]}" >&2
  if [ "$(id -u)" -eq 0 ]; then sudo=(); else sudo=(sudo); fi
  "${sudo[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq "${missing[@]}"
fi
command -v cargo >/dev/null || { echo "cargo is needed (rustup or apt-get install cargo)" >&2; exit 1; }

cd "$tool"
cargo build --offline --release --quiet
./target/release/serde-golden corpus
git -C "$root" diff --stat -- tools/serde-golden/corpus
if [ "${1:-}" = "--check" ]; then
  git -C "$root" diff --quiet -- tools/serde-golden/corpus \
    || { echo "the corpus differs from the committed one" >&2; exit 1; }
fi
