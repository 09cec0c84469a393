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

# app_env PORT: the environment an instance on PORT runs with against the bench database. The management
# interface (metrics) takes a free port on loopback, so that instances side by side do not collide on 9000.
app_env() {
  echo QUARKUS_DATASOURCE_JDBC_URL="$DB_URL" QUARKUS_DATASOURCE_USERNAME=postgres QUARKUS_DATASOURCE_PASSWORD=unused \
    MVPRESS_ADMIN_TOKEN="$TOKEN" QUARKUS_HTTP_HOST=127.0.0.1 QUARKUS_HTTP_PORT="$1" MALLOC_ARENA_MAX=2 \
    QUARKUS_MANAGEMENT_HOST=127.0.0.1 QUARKUS_MANAGEMENT_PORT=0
}

# start_app PORT [extra java args...]: the packaged jar (APP_JAR, by default this checkout's) against the
# bench database, with the JVM options it is deployed with (src/main/jvm/java.options), started in its
# directory as README.md does (so a trained AOT cache applies), on $JAVA (default: java); sets APP_PID.
start_app() {
  local port="$1"; shift
  local jar="${APP_JAR:-$ROOT/target/quarkus-app/quarkus-run.jar}"
  (cd "$(dirname "$jar")" && exec env $(app_env "$port") "${JAVA:-java}" @"$ROOT/src/main/jvm/java.options" "$@" \
    -jar "$(basename "$jar")") >"$WORK/app-$port.log" 2>&1 &
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

# wrk_stats FILE: "rps p50ms p99ms errors" of a wrk --latency report
wrk_stats() {
  python3 - "$1" <<'PY'
import re, sys
text = open(sys.argv[1]).read()
def ms(label):
    m = re.search(r'\s' + label + r'%\s+([\d.]+)(us|ms|s)', text)
    value, unit = float(m.group(1)), m.group(2)
    return value / 1000 if unit == 'us' else value * 1000 if unit == 's' else value
rps = float(re.search(r'Requests/sec:\s+([\d.]+)', text).group(1))
errors = re.search(r'Non-2xx or 3xx responses: (\d+)', text)
print(f"{rps:.0f} {ms('50'):.2f} {ms('99'):.2f} {errors.group(1) if errors else 0}")
PY
}

# wrk_run NAME PATHS_FILE: prints "rps p50ms p99ms errors" for $API at $CONNECTIONS connections, $DURATION
# seconds after $WARMUP seconds of warm-up
wrk_run() {
  wrk -t2 -c"$CONNECTIONS" -d"${WARMUP}s" -s "$ROOT/bench/lua/rotate.lua" "$API" -- "$2" >/dev/null 2>&1 || true
  wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" --latency -s "$ROOT/bench/lua/rotate.lua" "$API" -- "$2" >"$WORK/wrk-$1.txt" 2>&1
  wrk_stats "$WORK/wrk-$1.txt"
}

psql_bench() {
  as_postgres "$PGBIN/psql" -q -h "$PGDATA" -p "$PGPORT" -U postgres -d postgres -v ON_ERROR_STOP=1 "$@"
}

# seed_posts N PORT: an empty schema migrated by the application (started once on PORT), then N
# published posts a minute apart, newest first: about 1,500 words of markdown each (200 distinct
# bodies drawn from a 3,000-word vocabulary with a long-tailed, log-uniform frequency, like prose),
# 3 tags each out of 50. One body in ten mentions "kubernetes", one in four "caching", so a search
# for both matches one post in twenty.
seed_posts() {
  local n="$1" port="$2"
  psql_bench -c "drop schema public cascade; create schema public;" >/dev/null
  start_app "$port"; wait_ready "$port"; kill "$APP_PID"; wait "$APP_PID" 2>/dev/null || true
  psql_bench <<SQL
set session_replication_role = replica;
create temporary table vocab as
  select i, substr(md5(i::text), 1, 3 + i % 7) as w from generate_series(0, 2999) i;
create temporary table picks as
  select b, k, least(2999, floor(power(3000, random()))::int - 1) as i
  from generate_series(0, 199) b cross join generate_series(1, 1500) k;
create temporary table bodies as
  select p.b, string_agg(case when p.k % 120 = 0 then E'\n\n' || v.w else v.w end, ' ' order by p.k)
           || case when p.b % 10 = 0 then ' kubernetes' else '' end
           || case when p.b % 4 = 0 then ' caching' else '' end as text
  from picks p join vocab v on v.i = p.i group by p.b;
insert into tag (id, slug, name, created_at, updated_at, version)
  select gen_random_uuid(), 'bench-tag-' || g, 'Bench tag ' || g, now(), now(), 0 from generate_series(0, 49) g;
insert into post (id, slug, title, description, excerpt, markdown, html, body_text, status, published_at, metadata,
                  word_count, reading_time_minutes, created_at, updated_at, version, contribution_logged, toc)
  select gen_random_uuid(), 'bench-' || g, 'Bench post ' || g, 'About post ' || g, 'About post ' || g,
         '## Post ' || g || E'\n\n' || b.text,
         '<h2 id="post-' || g || '">Post ' || g || '</h2><p>' || replace(b.text, E'\n\n', '</p><p>') || '</p>',
         'Post ' || g || ' ' || b.text, 'published', now() - g * interval '1 minute', '{}', 1502, 7, now(), now(), 0, true,
         jsonb_build_array(jsonb_build_object('level', 2, 'id', 'post-' || g, 'text', 'Post ' || g))
  from generate_series(1, $n) g join bodies b on b.b = g % 200;
insert into post_tag (post_id, tag_id, position)
  select p.id, t.id, k from post p cross join generate_series(0, 2) k
  join tag t on t.slug = 'bench-tag-' || ((abs(hashtext(p.slug)) + k * 17) % 50);
select post_listing_rebuild();
SQL
  psql_bench -c "vacuum analyze" >/dev/null
}

# cpu_ms PID...: the CPU time (user + system) these processes have used, in milliseconds.
cpu_ms() {
  local hz total=0 pid
  hz=$(getconf CLK_TCK)
  for pid in "$@"; do
    [ -r "/proc/$pid/stat" ] && total=$(( total + $(awk '{print $14 + $15}' "/proc/$pid/stat") ))
  done
  echo $(( total * 1000 / hz ))
}

# postgres_pids: the bench PostgreSQL's processes (the postmaster and its children: backends, writers).
postgres_pids() {
  local main
  main=$(head -1 "$PGDATA/postmaster.pid")
  echo "$main" $(ps -o pid= --ppid "$main")
}

# wrk_cost NAME PATHS_FILE: as wrk_run, plus the CPU time per request of the application ($APP_PID) and
# of PostgreSQL during the measured run: "rps p50ms p99ms errors app_ms pg_ms"
wrk_cost() {
  wrk -t2 -c"$CONNECTIONS" -d"${WARMUP}s" -s "$ROOT/bench/lua/rotate.lua" "$API" -- "$2" >/dev/null 2>&1 || true
  local pg app0 pg0 app1 pg1 result requests
  pg=$(postgres_pids)
  app0=$(cpu_ms "$APP_PID"); pg0=$(cpu_ms $pg)
  wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" --latency -s "$ROOT/bench/lua/rotate.lua" "$API" -- "$2" >"$WORK/wrk-$1.txt" 2>&1
  # Backends that ended during the run took their CPU time with them; the pool keeps them open.
  app1=$(cpu_ms "$APP_PID"); pg1=$(cpu_ms $pg)
  requests=$(awk '/requests in/ {print $1}' "$WORK/wrk-$1.txt")
  result=$(wrk_stats "$WORK/wrk-$1.txt")
  echo "$result $(python3 -c "print(f'{($app1 - $app0) / max(1, $requests):.2f} {($pg1 - $pg0) / max(1, $requests):.2f}')")"
}

