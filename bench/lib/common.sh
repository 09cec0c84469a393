# Shared by the scripts in bench/: a throw-away PostgreSQL from Debian's packages, and the packaged
# application started against it. Everything listens on 127.0.0.1 only.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
WORK="${WORK:-$ROOT/target/bench}"
PGPORT="${PGPORT:-55433}"
DB_URL="jdbc:postgresql://127.0.0.1:$PGPORT/postgres"
TOKEN="bench-admin-token-$(date +%s)"
PIDS=()

as_postgres() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

start_postgres() {
  if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
  fi
  PGBIN="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)"
  PGDATA="$WORK/pgdata"
  rm -rf "$PGDATA" && mkdir -p "$PGDATA"
  [ "$(id -u)" = 0 ] && chown -R postgres "$WORK"
  as_postgres "$PGBIN/initdb" -D "$PGDATA" -A trust -U postgres >/dev/null
  as_postgres "$PGBIN/pg_ctl" -D "$PGDATA" -l "$PGDATA/server.log" -w \
    -o "-p $PGPORT -c listen_addresses=127.0.0.1 -c unix_socket_directories=$PGDATA -c max_connections=200" start >/dev/null
  echo "PostgreSQL $("$PGBIN/postgres" --version | awk '{print $3}') on 127.0.0.1:$PGPORT"
}

stop_postgres() {
  [ -n "${PGDATA:-}" ] && as_postgres "$PGBIN/pg_ctl" -D "$PGDATA" -m fast -w stop >/dev/null 2>&1 || true
}

package_app() {
  if [ ! -f "$ROOT/target/quarkus-app/quarkus-run.jar" ] || [ "${REBUILD:-0}" = 1 ]; then
    (cd "$ROOT" && ./mvnw -B -q package -DskipTests)
  fi
}

# start_app PORT [extra java args...]: the packaged jar against the bench database; sets APP_PID.
start_app() {
  local port="$1"; shift
  QUARKUS_DATASOURCE_JDBC_URL="$DB_URL" QUARKUS_DATASOURCE_USERNAME=postgres QUARKUS_DATASOURCE_PASSWORD=unused \
  MVPRESS_ADMIN_TOKEN="$TOKEN" QUARKUS_HTTP_HOST=127.0.0.1 QUARKUS_HTTP_PORT="$port" \
    java "$@" -jar "$ROOT/target/quarkus-app/quarkus-run.jar" >"$WORK/app-$port.log" 2>&1 &
  APP_PID=$!
  PIDS+=("$APP_PID")
}

wait_ready() {
  local port="$1"
  for _ in $(seq 1 600); do
    curl -fs "http://127.0.0.1:$port/q/health/ready" >/dev/null 2>&1 && return 0
    sleep 0.1
  done
  echo "the application on port $port did not become ready; see $WORK/app-$port.log" >&2
  return 1
}

cleanup() {
  for pid in "${PIDS[@]:-}"; do [ -n "$pid" ] && kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  stop_postgres
}

mkdir -p "$WORK"
