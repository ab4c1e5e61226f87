#!/usr/bin/env bash
# Browser tests of the page of `sitrep serve`: the seed articles (and one hostile article written for the tests)
# ingested into a temporary database, the server started on a free loopback port, and tests/browser/run.mjs driving
# Debian's chromium (headless) through playwright-core. Installs chromium with apt-get when it is missing, and
# playwright-core with npm ci. Screenshots go to artifacts/screenshots. Ends with "browser tests: N passed, N failed".
# Run from anywhere; expects the shared data beside the repository (../shared, or $SITREP_SHARED). CHROMIUM=path overrides.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
shared=${SITREP_SHARED:-../shared}
shots=artifacts/screenshots

chromium=${CHROMIUM:-$(command -v chromium || true)}
if [ -z "$chromium" ]; then
  echo "browser: installing Debian's chromium (apt-get install chromium)"
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo=sudo
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium >/dev/null
  chromium=$(command -v chromium)
fi

if [ ! -f tests/browser/node_modules/.package-lock.json ] || [ tests/browser/package-lock.json -nt tests/browser/node_modules/.package-lock.json ]; then
  echo "browser: installing playwright-core (npm ci in tests/browser)"
  (cd tests/browser && npm ci --no-audit --no-fund --loglevel=error)
fi

tmp=$(mktemp -d)
server=""
cleanup() {
  if [ -n "$server" ]; then kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; fi
  rm -rf "$tmp"
}
trap cleanup EXIT

./sitrep ingest --db "$tmp/web.db" "$shared/data/seeds/seeds.jsonl" tests/browser/fixtures/hostile-article.jsonl </dev/null >/dev/null 2>"$tmp/ingest.log" \
  || { cat "$tmp/ingest.log" >&2; echo "browser: ingesting the test articles failed" >&2; exit 1; }
./sitrep export --db "$tmp/web.db" --out "$tmp/export.jsonl"
./sitrep serve --db "$tmp/web.db" --port 0 >"$tmp/serve.log" 2>&1 </dev/null &
server=$!
url=""
for _ in $(seq 1 300); do
  url=$(grep -o 'http://[0-9.:]*' "$tmp/serve.log" | head -n 1 || true)
  [ -n "$url" ] && break
  if ! kill -0 "$server" 2>/dev/null; then cat "$tmp/serve.log" >&2; echo "browser: the server did not start" >&2; exit 1; fi
  sleep 0.1
done
[ -n "$url" ] || { cat "$tmp/serve.log" >&2; echo "browser: the server did not say where it listens" >&2; exit 1; }

mkdir -p "$shots"
rm -f "$shots"/*.png
node tests/browser/run.mjs --url "$url" --export "$tmp/export.jsonl" --shots "$shots" --chromium "$chromium"
