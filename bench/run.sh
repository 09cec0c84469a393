#!/usr/bin/env bash
# Load benchmark: requests/s and p50/p99 latency of the API's hot reads on 1,000 and 100,000 posts
# (about 1,500 words of markdown each, 3 tags out of 50), at 32 connections and at 8 for a bounded time
# after a warm-up; the CPU time each request costs the application and PostgreSQL (at 32 connections);
# the ratio of each figure at the largest size to the smallest; the application's memory after the run;
# for the slug and list pages, the ratio to what PostgreSQL serves for the same SQL through pgbench at
# the same concurrency; and (COMPILERS="c1 c2", the default) the slug, list and tag pages at the smallest
# size again with the C2 compiler on, against the C1-only default of src/main/jvm/java.options.
#   SIZES="1000 100000" DURATION=20 WARMUP=5 CONNECTIONS=32 LOW=8 JAVA=java COMPILERS="c1 c2" bench/run.sh
source "$(dirname "$0")/lib/common.sh"
trap cleanup EXIT
SIZES="${SIZES:-1000 100000}"
DURATION="${DURATION:-20}"
WARMUP="${WARMUP:-5}"
CONNECTIONS="${CONNECTIONS:-32}"
LOW="${LOW:-8}"
COMPILERS="${COMPILERS:-c1 c2}"
HIGH="$CONNECTIONS"
PORT=18100
API="http://127.0.0.1:$PORT"

command -v wrk >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null; }
package_app
start_postgres

# pgbench_run NAME SCRIPT [PGBENCH ARGS...]: prints transactions/s for the same SQL the API runs
pgbench_run() {
  local script="$2"; shift 2
  as_postgres "$PGBIN/pgbench" -h 127.0.0.1 -p "$PGPORT" -U postgres -n -c "$CONNECTIONS" -j 2 -T "$DURATION" \
    "$@" -f "$script" postgres 2>/dev/null | awk '/^tps/ {print int($3)}'
}

declare -A RESULT
for n in $SIZES; do
  echo "== $n posts: seeding" >&2
  seed_posts "$n" "$PORT"
  start_app "$PORT"; wait_ready "$PORT"
  step=$(( n / 1000 > 0 ? n / 1000 : 1 ))
  seq 1 "$step" "$n" | head -1000 | sed 's#^#/api/posts/bench-#' > "$WORK/slugs.txt"
  echo "/api/posts?size=20" > "$WORK/list.txt"
  echo "/api/posts?tag=bench-tag-7&size=20" > "$WORK/tag.txt"
  echo "/api/posts?q=kubernetes%20caching&size=20" > "$WORK/search.txt"
  deep=$(( n > 5020 ? 5000 : n - 40 ))
  cursor=$(curl -fs "$API/api/posts?size=$((deep / 50))&page=50" | python3 -c 'import json,sys; print(json.load(sys.stdin)["page"]["nextCursor"])')
  echo "/api/posts?size=20&after=$cursor" > "$WORK/cursor.txt"
  for scenario in slugs list tag search cursor; do
    echo "== $n posts: $scenario" >&2
    CONNECTIONS="$HIGH"; RESULT[$n,$scenario]=$(wrk_cost "$n-$scenario" "$WORK/$scenario.txt")
    CONNECTIONS="$LOW"; RESULT[$n,$scenario,low]=$(wrk_run "$n-$scenario-low" "$WORK/$scenario.txt")
  done
  CONNECTIONS="$HIGH"
  RESULT[$n,rss]=$(( $(ps -o rss= -p "$APP_PID") / 1024 ))
  # The statements the API runs for one slug page (one) and one list page (two), as PostQueries
  # builds them (bench/sql, kept in step by BenchSqlTest), with the slug rotating over the same 1,000
  # posts as wrk's: the scripts' variable step is set here. Copied next to the database, which pgbench
  # runs as.
  cp "$ROOT/bench/sql/pg-slug.sql" "$ROOT/bench/sql/pg-list.sql" "$WORK/"
  RESULT[$n,pgslug]=$(pgbench_run slug "$WORK/pg-slug.sql" -D step="$step")
  RESULT[$n,pglist]=$(pgbench_run list "$WORK/pg-list.sql")
  kill "$APP_PID"; wait "$APP_PID" 2>/dev/null || true
  if [ "$n" = "$(echo $SIZES | awk '{print $1}')" ] && [[ " $COMPILERS " == *" c2 "* ]]; then
    # The same pages with C2 as well (tiered compilation to level 4), everything else as shipped.
    start_app "$PORT" -XX:TieredStopAtLevel=4; wait_ready "$PORT"
    for scenario in slugs list tag; do
      echo "== $n posts: $scenario, C2" >&2
      CONNECTIONS="$HIGH"; RESULT[$n,$scenario,c2]=$(wrk_cost "$n-$scenario-c2" "$WORK/$scenario.txt")
      CONNECTIONS="$LOW"; RESULT[$n,$scenario,c2low]=$(wrk_run "$n-$scenario-c2-low" "$WORK/$scenario.txt")
    done
    CONNECTIONS="$HIGH"
    RESULT[$n,rss,c2]=$(( $(ps -o rss= -p "$APP_PID") / 1024 ))
    kill "$APP_PID"; wait "$APP_PID" 2>/dev/null || true
  fi
done

first=$(echo $SIZES | awk '{print $1}'); last=$(echo $SIZES | awk '{print $NF}')
echo
echo "Benchmark of $(git -C "$ROOT" rev-parse --short HEAD) on $(date -u +%Y-%m-%d), $(nproc) cores, $CONNECTIONS connections, ${DURATION}s per scenario after ${WARMUP}s warm-up"
echo
echo "| Scenario | Posts | Requests/s | p50 ms | p99 ms | Errors | App CPU ms/request | PostgreSQL CPU ms/request | Requests/s at $LOW | p50 ms at $LOW | p99 ms at $LOW |"
echo "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |"
for scenario in slugs list tag search cursor; do
  for n in $SIZES; do
    read -r rps p50 p99 errors app pg <<<"${RESULT[$n,$scenario]}"
    read -r lrps lp50 lp99 _ <<<"${RESULT[$n,$scenario,low]}"
    echo "| $scenario | $n | $rps | $p50 | $p99 | $errors | $app | $pg | $lrps | $lp50 | $lp99 |"
  done
done
if [[ " $COMPILERS " == *" c2 "* ]]; then
  echo
  echo "| Scenario, $first posts | C1 only: requests/s, app CPU ms/request, p99 ms at $LOW | C1 + C2: requests/s, app CPU ms/request, p99 ms at $LOW |"
  echo "| --- | --- | --- |"
  for scenario in slugs list tag; do
    read -r r1 _ _ _ a1 _ <<<"${RESULT[$first,$scenario]}"; read -r _ _ l1 _ <<<"${RESULT[$first,$scenario,low]}"
    read -r r2 _ _ _ a2 _ <<<"${RESULT[$first,$scenario,c2]}"; read -r _ _ l2 _ <<<"${RESULT[$first,$scenario,c2low]}"
    echo "| $scenario | $r1, $a1, $l1 | $r2, $a2, $l2 |"
  done
  echo "RSS after the C2 run: ${RESULT[$first,rss,c2]} MB"
fi
echo
echo "| Scenario | Requests/s at $last / at $first | p99 at $first / at $last |"
echo "| --- | --- | --- |"
for scenario in slugs list tag search cursor; do
  read -r r1 _ q1 _ <<<"${RESULT[$first,$scenario]}"
  read -r r2 _ q2 _ <<<"${RESULT[$last,$scenario]}"
  echo "| $scenario | $(python3 -c "print(f'{$r2/$r1:.2f}')") | $(python3 -c "print(f'{$q1/$q2:.2f}')") |"
done
echo
echo "| Posts | App RSS after run (MB) | Slug: API / pgbench | List: API / pgbench |"
echo "| --- | --- | --- | --- |"
for n in $SIZES; do
  read -r rs _ <<<"${RESULT[$n,slugs]}"; read -r rl _ <<<"${RESULT[$n,list]}"
  echo "| $n | ${RESULT[$n,rss]} | $rs / ${RESULT[$n,pgslug]} = $(python3 -c "print(f'{$rs/max(1,${RESULT[$n,pgslug]:-1}):.2f}')") | $rl / ${RESULT[$n,pglist]} = $(python3 -c "print(f'{$rl/max(1,${RESULT[$n,pglist]:-1}):.2f}')") |"
done
