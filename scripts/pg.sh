#!/usr/bin/env bash
# scripts/pg.sh -- a throwaway PostgreSQL cluster for the test suite.
#
#   scripts/pg.sh start   install PostgreSQL from Debian packages if missing, create a cluster
#                         under .pg/ (git-ignored) owned by a non-root user, start it on
#                         $PGPORT (default 55432) and print the URL for NEWSGRAPH_TEST_PG_URL
#   scripts/pg.sh stop    stop the cluster and delete .pg/
#   scripts/pg.sh url     print the URL
#
# root cannot run postgres, so as root the cluster belongs to the `postgres` user (created by
# the Debian package); as any other user it belongs to that user.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
PGDIR="$ROOT/.pg"
PGDATA="$PGDIR/data"
PGPORT="${PGPORT:-55432}"
DBNAME="newsgraph_test"
URL="postgresql://newsgraph@127.0.0.1:${PGPORT}/${DBNAME}"

pg_bin() {
  local bin
  bin="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)"
  echo "$bin"
}

install_postgres() {
  if [ -n "$(pg_bin)" ]; then return 0; fi
  if [ "$(id -u)" -ne 0 ]; then
    echo "PostgreSQL is not installed and installing it needs root (apt-get install -y postgresql)" >&2
    exit 1
  fi
  echo "installing PostgreSQL from Debian packages" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2
  apt-get install -y -qq postgresql >&2
}

as_owner() {
  # run a command as the cluster's owner
  if [ "$(id -u)" -eq 0 ]; then
    su postgres -s /bin/bash -c "$*"
  else
    bash -c "$*"
  fi
}

start() {
  install_postgres
  local bin
  bin="$(pg_bin)"
  if [ -f "$PGDATA/postmaster.pid" ] && as_owner "'$bin/pg_ctl' -D '$PGDATA' status" >/dev/null 2>&1; then
    echo "$URL"
    return 0
  fi
  rm -rf "$PGDIR"
  mkdir -p "$PGDIR"
  if [ "$(id -u)" -eq 0 ]; then
    id postgres >/dev/null 2>&1 || useradd --system --home-dir /var/lib/postgresql --shell /bin/bash postgres
    chown postgres "$PGDIR"
    # the owner must be able to reach the data dir through the repository path
    chmod o+x "$ROOT" 2>/dev/null || true
  fi
  as_owner "'$bin/initdb' -D '$PGDATA' -A trust -U newsgraph --no-sync -E UTF8" >"$PGDIR/initdb.log" 2>&1 \
    || { cat "$PGDIR/initdb.log" >&2; exit 1; }
  as_owner "'$bin/pg_ctl' -D '$PGDATA' -l '$PGDIR/server.log' -w -o \"-p $PGPORT -k '$PGDIR' -c listen_addresses=127.0.0.1 -c fsync=off\" start" >/dev/null \
    || { cat "$PGDIR/server.log" >&2; exit 1; }
  as_owner "'$bin/createdb' -h 127.0.0.1 -p $PGPORT -U newsgraph $DBNAME"
  echo "$URL"
}

stop() {
  local bin
  bin="$(pg_bin)"
  if [ -n "$bin" ] && [ -d "$PGDATA" ]; then
    as_owner "'$bin/pg_ctl' -D '$PGDATA' -m fast -w stop" >/dev/null 2>&1 || true
  fi
  rm -rf "$PGDIR"
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  url) echo "$URL" ;;
  *) echo "usage: scripts/pg.sh start|stop|url" >&2; exit 2 ;;
esac
