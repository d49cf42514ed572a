#!/usr/bin/env bash
# Services for the county-server tests: PostgreSQL 15 and Redis, started locally (loopback only).
# Sourced by .ci/run before the tests (it may also be run or sourced by hand); idempotent; works as root
# on a fresh Debian 12 with the postgresql and redis-server packages installed.
# Exports PLAN_STUDIO_TEST_PG_URL and PLAN_STUDIO_TEST_REDIS, which the tests require (they fail, never
# skip, without them).

_ps_pg_user=planstudio
_ps_pg_pass=planstudio
_ps_pg_db=planstudio_test

_ps_fail() { echo "services.sh: $*" >&2; return 1; }

_ps_as_postgres() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else sudo -n -u postgres "$@"; fi
}

_ps_start_postgres() {
  local port=5432
  # PLAN_STUDIO_PG_PRIVATE=1 forces the private cluster (tests this path where a packaged one exists).
  if [ "${PLAN_STUDIO_PG_PRIVATE:-}" != 1 ] && command -v pg_lsclusters >/dev/null && pg_lsclusters -h 2>/dev/null | grep -q '^15 \+main '; then
    if ! pg_lsclusters -h | grep '^15 \+main ' | grep -q online; then
      pg_ctlcluster 15 main start || _ps_fail "pg_ctlcluster 15 main start failed" || return 1
    fi
    port=$(pg_lsclusters -h | awk '$1 == "15" && $2 == "main" { print $3 }')
  else
    # No packaged cluster: a private one in a temp dir, as the postgres user.
    local dir=/tmp/plan-studio-pg
    port=5439
    local bin=/usr/lib/postgresql/15/bin
    [ -x "$bin/initdb" ] || _ps_fail "PostgreSQL 15 is not installed (apt-get install postgresql)" || return 1
    if [ ! -f "$dir/PG_VERSION" ]; then
      mkdir -p "$dir" && chown postgres "$dir"
      _ps_as_postgres "$bin/initdb" -D "$dir" -A trust -U postgres >/dev/null || _ps_fail "initdb failed" || return 1
    fi
    if ! _ps_as_postgres "$bin/pg_ctl" -D "$dir" status >/dev/null 2>&1; then
      _ps_as_postgres "$bin/pg_ctl" -D "$dir" -l "$dir/log" -o "-p $port -k /tmp -c listen_addresses=127.0.0.1" -w start >/dev/null \
        || _ps_fail "pg_ctl start failed (see $dir/log)" || return 1
    fi
  fi
  for _ in $(seq 1 30); do
    _ps_as_postgres psql -h 127.0.0.1 -p "$port" -U postgres -tAc 'select 1' >/dev/null 2>&1 && break
    _ps_as_postgres psql -p "$port" -tAc 'select 1' >/dev/null 2>&1 && break
    sleep 0.5
  done
  local psql=(psql -p "$port" -v ON_ERROR_STOP=1 -tA)
  _ps_as_postgres "${psql[@]}" -c "select 1" >/dev/null 2>&1 || psql=(psql -h 127.0.0.1 -p "$port" -U postgres -v ON_ERROR_STOP=1 -tA)
  if [ "$(_ps_as_postgres "${psql[@]}" -c "select 1 from pg_roles where rolname = '$_ps_pg_user'")" != 1 ]; then
    _ps_as_postgres "${psql[@]}" -c "create role $_ps_pg_user login password '$_ps_pg_pass'" >/dev/null || _ps_fail "create role failed" || return 1
  fi
  if [ "$(_ps_as_postgres "${psql[@]}" -c "select 1 from pg_database where datname = '$_ps_pg_db'")" != 1 ]; then
    _ps_as_postgres "${psql[@]}" -c "create database $_ps_pg_db owner $_ps_pg_user" >/dev/null || _ps_fail "create database failed" || return 1
  fi
  export PLAN_STUDIO_TEST_PG_URL="postgres://$_ps_pg_user:$_ps_pg_pass@127.0.0.1:$port/$_ps_pg_db"
}

_ps_start_redis() {
  local port=6379
  command -v redis-server >/dev/null || _ps_fail "redis-server is not installed (apt-get install redis-server)" || return 1
  if [ "$(redis-cli -h 127.0.0.1 -p "$port" ping 2>/dev/null)" != PONG ]; then
    redis-server --daemonize yes --bind 127.0.0.1 --port "$port" --save '' --appendonly no \
      --logfile /tmp/plan-studio-redis.log >/dev/null || _ps_fail "redis-server failed to start" || return 1
    for _ in $(seq 1 30); do
      [ "$(redis-cli -h 127.0.0.1 -p "$port" ping 2>/dev/null)" = PONG ] && break
      sleep 0.2
    done
  fi
  [ "$(redis-cli -h 127.0.0.1 -p "$port" ping 2>/dev/null)" = PONG ] || _ps_fail "redis is not answering on $port" || return 1
  export PLAN_STUDIO_TEST_REDIS="127.0.0.1:$port"
}

if ! _ps_start_postgres || ! _ps_start_redis; then
  echo "services.sh: PostgreSQL/Redis not started; their tests would fail" >&2
  return 1 2>/dev/null || exit 1
fi
echo "services: PLAN_STUDIO_TEST_PG_URL=$PLAN_STUDIO_TEST_PG_URL PLAN_STUDIO_TEST_REDIS=$PLAN_STUDIO_TEST_REDIS"
