#!/usr/bin/env bash
# A private, throw-away PostgreSQL cluster for tests and measurements.
#
#   scripts/postgres.sh start DIR   creates DIR (or uses it when empty), starts a cluster in it listening on a free
#                                   port of 127.0.0.1 only (socket under DIR too), and prints its connection URI
#   scripts/postgres.sh stop DIR    stops that cluster and deletes DIR
#
# The server binaries come from the Debian package (installed with apt-get when missing, which needs root).
# initdb refuses to run as root, so as root the cluster belongs to the "postgres" system user.
# The cluster trades durability for speed (fsync off): it is for tests only, never for data you keep.
set -euo pipefail

usage() { echo "usage: $0 start|stop DIR" >&2; exit 2; }
[ $# -eq 2 ] || usage
action=$1
dir=$2

bindir() {
  local found
  found=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
  if [ -n "$found" ] && [ -x "$found/initdb" ]; then echo "$found"; return; fi
  if command -v initdb >/dev/null 2>&1; then dirname "$(command -v initdb)"; return; fi
  return 1
}

install_server() {
  echo "postgres.sh: PostgreSQL server not found; installing the Debian package" >&2
  local sudo=()
  if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null 2>&1 || { echo "postgres.sh: PostgreSQL is missing and installing it needs root (apt-get install postgresql)" >&2; exit 1; }
    sudo=(sudo)
  fi
  "${sudo[@]}" apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq postgresql >&2
}

# Runs a command as the cluster's owner: the postgres system user when we are root, else ourselves.
as_owner() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

free_port() {
  python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}

start() {
  if [ -e "$dir" ] && [ -n "$(ls -A "$dir")" ]; then echo "postgres.sh: $dir is not empty" >&2; exit 1; fi
  local bin
  bin=$(bindir) || { install_server; bin=$(bindir) || { echo "postgres.sh: initdb not found after installing" >&2; exit 1; }; }
  if [ "$(id -u)" -eq 0 ] && ! id postgres >/dev/null 2>&1; then
    useradd --system --home-dir /var/lib/postgresql --shell /bin/bash postgres
  fi
  mkdir -p "$dir"
  chmod 700 "$dir"
  local password
  password=$(od -An -N16 -tx1 /dev/urandom | tr -d ' \n')
  printf '%s\n' "$password" >"$dir/password"
  if [ "$(id -u)" -eq 0 ]; then
    chown -R postgres: "$dir"
    runuser -u postgres -- test -w "$dir" || { echo "postgres.sh: the postgres user cannot reach $dir (choose a folder outside private ones, e.g. under /tmp)" >&2; exit 1; }
  fi
  as_owner "$bin/initdb" -D "$dir/data" -U sitrep --pwfile="$dir/password" --auth=scram-sha-256 \
    --encoding=UTF8 --locale=C >"$dir/initdb.log" 2>&1 \
    || { cat "$dir/initdb.log" >&2; echo "postgres.sh: initdb failed" >&2; exit 1; }
  local port attempt
  for attempt in 1 2 3 4 5; do
    port=$(free_port)
    if as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
         -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
         start >/dev/null; then
      echo "$port" >"$dir/port"
      echo "postgresql://sitrep:$password@127.0.0.1:$port/postgres"
      return
    fi
    echo "postgres.sh: the server did not start on port $port (attempt $attempt)" >&2
  done
  tail -n 20 "$dir/server.log" >&2 || true
  exit 1
}

stop() {
  [ -d "$dir/data" ] || { echo "postgres.sh: no cluster in $dir" >&2; exit 1; }
  local bin
  bin=$(bindir)
  as_owner "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null || true
  rm -rf "$dir"
}

case $action in
  start) start ;;
  stop) stop ;;
  *) usage ;;
esac
