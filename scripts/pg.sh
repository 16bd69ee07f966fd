#!/usr/bin/env bash
# A private PostgreSQL cluster for clonescan's shared index (`make pg`, `make pg-stop`; scripts/test.sh uses it).
#   bash scripts/pg.sh [start]   installs Debian's server if missing, starts the cluster (or finds it running) and
#                                prints its postgresql:// URL alone as the last line of standard output
#   bash scripts/pg.sh stop      stops it (the data directory stays; the next start reuses it)
# The cluster listens on 127.0.0.1 only, on a port that was free when it was first created (kept in $DIR/port),
# trusts local connections (a private test and development server: never expose it) and holds one database,
# `clonescan`, owned by the role `clonescan`. PostgreSQL refuses to run as root, so as root the cluster runs as the
# unprivileged system user `clonescan-pg` in a directory that user owns.
#   CLONESCAN_PG_DIR   where the cluster lives (default /var/tmp/clonescan-pg-<uid of the caller>)
set -euo pipefail

action=${1:-start}
DIR=${CLONESCAN_PG_DIR:-/var/tmp/clonescan-pg-$(id -u)}
RUN_USER=$(id -un)
[ "$(id -u)" = 0 ] && RUN_USER=clonescan-pg

log() { echo "pg: $*" >&2; }

# Runs a command as the cluster's user (as itself when not root).
as_owner() {
  if [ "$(id -u)" = 0 ]; then runuser -u "$RUN_USER" -- "$@"; else "$@"; fi
}

# The newest installed server's bin directory (empty when none is installed).
pg_bin() {
  local d
  d=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)
  [ -n "$d" ] && [ -x "$d/initdb" ] && echo "$d"
  return 0
}

install_server() {
  [ -n "$(pg_bin)" ] && return 0
  log "installing Debian's postgresql server (apt-get)"
  local sudo=""
  [ "$(id -u)" = 0 ] || sudo="sudo"
  $sudo apt-get update -qq >&2 || true
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends postgresql >&2
  if [ -z "$(pg_bin)" ]; then
    log "no initdb under /usr/lib/postgresql/*/bin after installing postgresql; install Debian's postgresql package"
    exit 3
  fi
}

ensure_user() {
  [ "$(id -u)" = 0 ] || return 0
  id -u "$RUN_USER" >/dev/null 2>&1 && return 0
  useradd --system --no-create-home --home-dir /nonexistent --shell /usr/sbin/nologin "$RUN_USER"
}

free_port() {
  python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}

url() { echo "postgresql://clonescan@127.0.0.1:$(cat "$DIR/port")/clonescan"; }

running() { [ -f "$DIR/data/postmaster.pid" ] && as_owner "$BIN/pg_ctl" -D "$DIR/data" status >/dev/null 2>&1; }

case "$action" in
  stop)
    BIN=$(pg_bin)
    if [ -n "$BIN" ] && [ -d "$DIR/data" ] && running; then
      as_owner "$BIN/pg_ctl" -D "$DIR/data" -m fast -w stop >&2
      log "stopped the cluster in $DIR"
    else
      log "no cluster running in $DIR"
    fi
    exit 0
    ;;
  start) ;;
  *) echo "usage: scripts/pg.sh [start|stop]" >&2; exit 2 ;;
esac

install_server
BIN=$(pg_bin)
ensure_user
mkdir -p "$DIR"
[ "$(id -u)" = 0 ] && chown "$RUN_USER" "$DIR"
chmod 700 "$DIR"

if [ ! -f "$DIR/data/PG_VERSION" ]; then
  rm -rf "$DIR/data"
  as_owner "$BIN/initdb" -D "$DIR/data" -U clonescan --auth=trust --encoding=UTF8 --locale=C.UTF-8 >/dev/null
  free_port > "$DIR/port"
  [ "$(id -u)" = 0 ] && chown "$RUN_USER" "$DIR/port"
fi
PORT=$(cat "$DIR/port")

if ! running; then
  # The port may have been taken since the cluster was created: pick another one.
  if ! python3 -c "import socket,sys; s=socket.socket(); s.bind(('127.0.0.1', $PORT))" 2>/dev/null; then
    PORT=$(free_port); echo "$PORT" > "$DIR/port"
  fi
  as_owner "$BIN/pg_ctl" -D "$DIR/data" -l "$DIR/server.log" -w -t 60 \
    -o "-c listen_addresses=127.0.0.1 -p $PORT -c unix_socket_directories=$DIR -c max_connections=100" start >&2
  log "started PostgreSQL $(basename "$(dirname "$BIN")") in $DIR (log: $DIR/server.log)"
fi
as_owner "$BIN/psql" -h 127.0.0.1 -p "$PORT" -U clonescan -d postgres -tAc \
  "SELECT 1 FROM pg_database WHERE datname = 'clonescan'" | grep -q 1 \
  || as_owner "$BIN/createdb" -h 127.0.0.1 -p "$PORT" -U clonescan clonescan
url
