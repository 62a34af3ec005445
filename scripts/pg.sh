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
  if [ -f "$(data_dir)/postmaster.pid" ] && as_owner "'$bin/pg_ctl' -D '$(data_dir)' status" >/dev/null 2>&1; then
    echo "$URL"
    return 0
  fi
  stop
  mkdir -p "$PGDIR"
  local home="$PGDIR"
  if [ "$(id -u)" -eq 0 ]; then
    id postgres >/dev/null 2>&1 || useradd --system --home-dir /var/lib/postgresql --shell /bin/bash postgres
    chown postgres "$PGDIR"
    if ! su postgres -s /bin/bash -c "test -w '$PGDIR'" 2>/dev/null; then
      # the repository sits where the postgres user cannot reach (e.g. under /root): keep the
      # cluster in a private temporary folder and point .pg/cluster at it
      home="$(mktemp -d /tmp/newsgraph-pg.XXXXXX)"
      chown postgres "$home"
    fi
  fi
  [ "$home" = "$PGDIR" ] || ln -sfn "$home" "$PGDIR/cluster"
  as_owner "'$bin/initdb' -D '$home/data' -A trust -U newsgraph --no-sync -E UTF8" >"$PGDIR/initdb.log" 2>&1 \
    || { cat "$PGDIR/initdb.log" >&2; exit 1; }
  as_owner "'$bin/pg_ctl' -D '$home/data' -l '$home/server.log' -w -o \"-p $PGPORT -k '$home' -c listen_addresses=127.0.0.1 -c fsync=off\" start" >/dev/null \
    || { cat "$home/server.log" >&2; exit 1; }
  as_owner "'$bin/createdb' -h 127.0.0.1 -p $PGPORT -U newsgraph $DBNAME"
  echo "$URL"
}

data_dir() {
  if [ -d "$PGDIR/cluster/data" ]; then echo "$PGDIR/cluster/data"; else echo "$PGDATA"; fi
}

stop() {
  local bin data
  bin="$(pg_bin)"
  data="$(data_dir)"
  if [ -n "$bin" ] && [ -d "$data" ]; then
    as_owner "'$bin/pg_ctl' -D '$data' -m fast -w stop" >/dev/null 2>&1 || true
  fi
  if [ -L "$PGDIR/cluster" ]; then rm -rf "$(readlink "$PGDIR/cluster")"; fi
  rm -rf "$PGDIR"
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  url) echo "$URL" ;;
  *) echo "usage: scripts/pg.sh start|stop|url" >&2; exit 2 ;;
esac
