#!/usr/bin/env bash
# A/B of one read between two builds of the application, back to back in the same conditions: one
# PostgreSQL seeded once per size (as bench/run.sh seeds it), then ROUNDS rounds in which each build in
# turn is started, loaded for WARMUP + DURATION seconds and stopped, so a change in what else the
# machine is doing falls on both alike. Prints requests/s, p50 and p99, errors, the bytes of an answer
# and the application's RSS after its run, per build and round, with the machine's 1-minute load
# average as each run started (other work on the same cores shows there).
#   OLD=/path/to/old/checkout SIZES="1000 100000" ROUNDS=2 SCENARIO=slugs bench/compare.sh
# OLD is a checkout with a packaged jar (git worktree add --detach DIR COMMIT; cd DIR; ./mvnw -B -o
# package -DskipTests); NEW defaults to this checkout. SCENARIO is slugs (one post by slug, rotating
# over 1,000 slugs) or list (the 20 newest). The load comes from wrk when it is installed, otherwise
# from bench/java/Load.java (a closed loop of CONNECTIONS threads on the JDK's HTTP client); say which
# when quoting the figures, since the two are not interchangeable.
source "$(dirname "$0")/lib/common.sh"
trap cleanup EXIT
: "${OLD:?OLD must name a checkout of the build to compare against, with target/quarkus-app packaged}"
NEW="${NEW:-$ROOT}"
SIZES="${SIZES:-1000 100000}"
ROUNDS="${ROUNDS:-2}"
SCENARIO="${SCENARIO:-slugs}"
DURATION="${DURATION:-20}"
WARMUP="${WARMUP:-5}"
CONNECTIONS="${CONNECTIONS:-32}"
PORT=18100
API="http://127.0.0.1:$PORT"

for build in "$OLD" "$NEW"; do
  [ -f "$build/target/quarkus-app/quarkus-run.jar" ] || { echo "no packaged jar in $build/target/quarkus-app" >&2; exit 1; }
done
if command -v wrk >/dev/null; then LOADER=wrk; else LOADER=java; fi
start_postgres

# load NAME PATHS_FILE: prints "rps p50ms p99ms errors bytes"
load() {
  local bytes
  bytes=$(curl -fs "$API$(head -1 "$2")" | wc -c)
  if [ "$LOADER" = wrk ]; then
    echo "$(wrk_run "$1" "$2") $bytes"
  else
    java -Xmx256m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 "$ROOT/bench/java/Load.java" "$API" "$2" "$CONNECTIONS" \
      "$WARMUP" "$DURATION" | awk -v b="$bytes" '{print $1, $2, $3, $4, b}'
  fi
}

ROWS=()
for n in $SIZES; do
  echo "== $n posts: seeding" >&2
  APP_JAR="$NEW/target/quarkus-app/quarkus-run.jar" seed_posts "$n" "$PORT"
  step=$(( n / 1000 > 0 ? n / 1000 : 1 ))
  case "$SCENARIO" in
    slugs) seq 1 "$step" "$n" | head -1000 | sed 's#^#/api/posts/bench-#' > "$WORK/paths.txt" ;;
    list) echo "/api/posts?size=20" > "$WORK/paths.txt" ;;
    *) echo "SCENARIO is slugs or list" >&2; exit 1 ;;
  esac
  for round in $(seq 1 "$ROUNDS"); do
    for build in "$OLD" "$NEW"; do
      label=$([ "$build" = "$NEW" ] && echo new || echo old)
      echo "== $n posts: round $round, $label ($(git -C "$build" rev-parse --short HEAD))" >&2
      loadavg=$(cut -d' ' -f1 /proc/loadavg)
      APP_JAR="$build/target/quarkus-app/quarkus-run.jar" start_app "$PORT"; wait_ready "$PORT"
      read -r rps p50 p99 errors bytes <<<"$(load "$n-$round-$label" "$WORK/paths.txt")"
      rss=$(( $(ps -o rss= -p "$APP_PID") / 1024 ))
      kill "$APP_PID"; wait "$APP_PID" 2>/dev/null || true
      ROWS+=("| $n | $round | $label $(git -C "$build" rev-parse --short HEAD) | $rps | $p50 | $p99 | $errors | $bytes | $rss | $loadavg |")
    done
  done
done

echo
echo "$SCENARIO, $LOADER, $(nproc) cores, $CONNECTIONS connections," \
  "${DURATION}s per run after ${WARMUP}s warm-up, $(date -u +%Y-%m-%d)"
echo
echo "| Posts | Round | Build | Requests/s | p50 ms | p99 ms | Errors | Bytes per answer | RSS MB | Load average at start |"
echo "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |"
printf '%s\n' "${ROWS[@]}"
