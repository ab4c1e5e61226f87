#!/usr/bin/env bash
# The benchmarks of BENCHMARKS.md, from anywhere (builds bench/Sitrep.Bench in Release into .build/bench first):
#   bash bench/run.sh                        whole run: ./sitrep ingest of 10,000 and 100,000 articles, startup, floor, growth
#   bash bench/run.sh run --n 10000          the whole run at other sizes (--threads T, --keep, --startup-runs R)
#   bash bench/run.sh micro [--filter '*Gazetteer*']   BenchmarkDotNet micro-benchmarks, short job
#   bash bench/run.sh profile [--n 3170]     time and allocations of each pipeline stage, one thread
#   bash bench/run.sh trace [N] [THREADS]    CPU-sampling trace of ./sitrep ingest of N articles and its hottest methods
# Corpora, databases and traces go to $SITREP_BENCH_TMP (default: the temp folder's sitrep-bench), never into the repository.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="$root/.build/bench"
mkdir -p "$out"
if ! dotnet build "$root/bench/Sitrep.Bench/Sitrep.Bench.csproj" -c Release -o "$out" --nologo -v q >"$out/build.log" 2>&1; then
  cat "$out/build.log" >&2
  echo "bench: the build failed (log: $out/build.log)" >&2
  exit 2
fi
cd "$root"
bench() { dotnet "$out/sitrep-bench.dll" "$@"; }

if [ "${1:-}" = "trace" ]; then
  n=${2:-3170}
  threads=${3:-1}
  corpus=$(bench corpus --n "$n" | cut -f1)
  scratch=$(dirname "$corpus")
  ./sitrep --help >/dev/null
  rm -f "$scratch/trace.db" "$scratch/trace.db-wal" "$scratch/trace.db-shm" "$scratch/trace.nettrace"
  DOTNET_EnableEventPipe=1 DOTNET_EventPipeOutputPath="$scratch/trace.nettrace" \
  DOTNET_EventPipeConfig='Microsoft-DotNETCore-SampleProfiler:0:5,Microsoft-Windows-DotNETRuntime:0x4c14fccbd:5' \
  CI=1 ./sitrep ingest --db "$scratch/trace.db" --threads "$threads" "$corpus" >/dev/null
  rm -f "$scratch/trace.db" "$scratch/trace.db-wal" "$scratch/trace.db-shm"
  exec dotnet "$out/sitrep-bench.dll" hot "$scratch/trace.nettrace" 50
fi
exec dotnet "$out/sitrep-bench.dll" "$@"
