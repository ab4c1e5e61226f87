#!/usr/bin/env bash
# Measures ingest throughput into PostgreSQL with 1, 2 and 4 workers (or the counts given), and one SQLite process
# for comparison. The input (GVDB dev + the BBC articles by default) is split into one share per worker; every
# worker is a separate ./sitrep process and they share the work through the database's queue.
#
#   scripts/postgres-throughput.sh [WORKERS...]        e.g. scripts/postgres-throughput.sh 1 2 4
#   THREADS=1 scripts/postgres-throughput.sh 1 2 4     each process (SQLite's too) with one analysis thread
#
# Uses the server in SITREP_TEST_POSTGRES when set (a role that may create databases), else starts a private one
# (scripts/postgres.sh) and stops it at the end. Prints one line per run: workers, seconds, articles per second.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
shared=${SITREP_SHARED:-../shared}
inputs=("$shared/data/gvdb/dev.articles.jsonl" "$shared/data/news/bbc/bbc_news_2225.jsonl")
counts=("$@")
threads=()
if [ -n "${THREADS:-}" ]; then threads=(--threads "$THREADS"); fi
[ ${#counts[@]} -gt 0 ] || counts=(1 2 4)

tmp=$(mktemp -d)
pgdir=
cleanup() {
  if [ -n "$pgdir" ]; then scripts/postgres.sh stop "$pgdir" || true; fi
  rm -rf "$tmp"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

server=${SITREP_TEST_POSTGRES:-}
if [ -z "$server" ]; then
  pgdir=$(mktemp -d /tmp/sitrep-throughput-pg.XXXXXX)
  server=$(scripts/postgres.sh start "$pgdir")
fi

./sitrep --help >/dev/null # builds once, before any clock starts
cat "${inputs[@]}" | grep -v '^[[:space:]]*$' >"$tmp/all.jsonl"
articles=$(wc -l <"$tmp/all.jsonl")

now() { date +%s.%N; }
report() { awk -v w="$1" -v s="$2" -v e="$3" -v n="$articles" 'BEGIN { t = e - s; printf "%-8s %7.1f s %8.0f articles/s\n", w, t, n / t }'; }

echo "input: $articles articles; $(nproc) cores; analysis threads per process: ${THREADS:-one per core}; load average $(cut -d' ' -f1-3 /proc/loadavg)"
start=$(now)
./sitrep ingest "${threads[@]}" --db "$tmp/one.db" "$tmp/all.jsonl" >/dev/null 2>&1 </dev/null
report "sqlite" "$start" "$(now)"

for n in "${counts[@]}"; do
  db="sitrep_throughput_${n}_$$"
  psql -q "$server" -c "CREATE DATABASE $db" >/dev/null
  url="${server%/*}/$db"
  rm -f "$tmp"/share.*
  split -n "l/$n" -d "$tmp/all.jsonl" "$tmp/share."
  ./sitrep export --db "$url" --format jsonl >/dev/null # creates the schema before the clock starts
  start=$(now)
  pids=()
  for share in "$tmp"/share.*; do
    ./sitrep ingest "${threads[@]}" --db "$url" "$share" >"$share.out" 2>&1 </dev/null &
    pids+=($!)
  done
  for pid in "${pids[@]}"; do wait "$pid" || { echo "a worker failed" >&2; cat "$tmp"/share.*.out >&2; exit 1; }; done
  report "pg x$n" "$start" "$(now)"
  ./sitrep export --db "$url" --format jsonl >"$tmp/pg.jsonl"
  ./sitrep export --db "$tmp/one.db" --format jsonl >"$tmp/sqlite.jsonl"
  cmp -s "$tmp/pg.jsonl" "$tmp/sqlite.jsonl" || { echo "the export of $n workers differs from SQLite's" >&2; exit 1; }
  psql -q "$server" -c "DROP DATABASE $db WITH (FORCE)" >/dev/null
done
