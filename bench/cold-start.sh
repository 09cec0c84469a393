#!/usr/bin/env bash
# Cold start: from launching the process to the first successful GET /api/posts/{slug}, for the packaged
# jar with JVM defaults, with the options it ships with (src/main/jvm/java.options), with the start-up
# archive Quarkus writes on Java 17 (AppCDS, at package time), and on Java 25 with the AOT cache that
# README.md's build trains (./mvnw package on Java 25: AotTrainingIT against the packaged jar), C1 only (the
# default) and with C2 as well. VERIFY=1 adds the cache that ./mvnw verify trains from every IT. Migrations
# are a separate step (QUARKUS_FLYWAY_MIGRATE_AT_START=false) except in the last row. Every launch starts in
# the application directory, as README.md and the container image do (the cache names the jars relative to
# it). RUNS launches each (default 5); prints the median and range in milliseconds, the CPU time the
# process used until then, and the RSS right after the first post. Bounded: each launch gives up after 60 s.
source "$(dirname "$0")/lib/common.sh"
trap cleanup EXIT
RUNS="${RUNS:-5}"
JAVA25="${JAVA25:-/usr/lib/jvm/temurin-25-jdk-amd64}"
OPTIONS="@$ROOT/src/main/jvm/java.options"

package_app
APP17="$ROOT/target/quarkus-app"
# The Java 17 build with an AppCDS archive, which Quarkus writes at package time.
APPCDS="$WORK/appcds"
if [ ! -f "$APPCDS/app-cds.jsa" ] || [ "${REBUILD:-0}" = 1 ]; then
  (cd "$ROOT" && ./mvnw -B -q package -DskipTests -Dquarkus.package.jar.appcds.enabled=true \
      -Dquarkus.package.output-directory="$APPCDS" >"$WORK/appcds-build.log" 2>&1) \
    || { echo "AppCDS build failed: $WORK/appcds-build.log" >&2; exit 1; }
fi
# The Java 25 build, the README's way: ./mvnw package on Java 25 (tests skipped; the AOT training still runs).
# build25 DIR [mvn args...]: a copy of the sources built there with Java 25.
build25() {
  local dir="$1"; shift
  rm -rf "$dir" && mkdir -p "$dir"
  (cd "$ROOT" && cp -r pom.xml mvnw .mvn ide-config src "$dir/")
  (cd "$dir" && JAVA_HOME="$JAVA25" ./mvnw -B -q "$@" -Dnative-sources.skip=true >"$dir/build.log" 2>&1) \
    || { echo "Java 25 build failed: $dir/build.log" >&2; exit 1; }
}
APP25="$WORK/java25/target/quarkus-app"
APP25V="$WORK/java25-verify/target/quarkus-app"
if [ -x "$JAVA25/bin/java" ]; then
  if [ ! -f "$APP25/app.aot" ] || [ "${REBUILD:-0}" = 1 ]; then build25 "$WORK/java25" package -DskipTests; fi
  if [ "${VERIFY:-0}" = 1 ] && { [ ! -f "$APP25V/app.aot" ] || [ "${REBUILD:-0}" = 1 ]; }; then
    build25 "$WORK/java25-verify" verify -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false
  fi
fi
start_postgres

# Migrate and seed one post with a warm instance, then stop it.
start_app 18090; wait_ready 18090
curl -fs -H "Authorization: Bearer $TOKEN" -H 'Content-Type: text/markdown' \
  --data-binary $'---\ntitle: Cold start\ndraft: false\n---\nHello' http://127.0.0.1:18090/api/posts >/dev/null
kill "$APP_PID"; wait "$APP_PID" 2>/dev/null || true

# measure NAME JAVA APP_DIR [java args...]; extra environment in ENVS. Launched from the application
# directory: a start-up archive names the jars relative to it.
measure() {
  local name="$1" java="$2" dir="$3"; shift 3
  local times=() cpus=() rss=0
  for _ in $(seq 1 "$RUNS"); do
    local start end pid
    start=$(date +%s%N)
    (cd "$dir" && exec env $(app_env 18091) QUARKUS_FLYWAY_MIGRATE_AT_START=false "${ENVS[@]}" \
        "$java" "$@" -jar quarkus-run.jar) >"$WORK/cold.log" 2>&1 &
    pid=$!
    PIDS+=("$pid")
    for _ in $(seq 1 6000); do
      if [ "$(curl -s -o /dev/null -w '%{http_code}' http://127.0.0.1:18091/api/posts/cold-start)" = 200 ]; then break; fi
      sleep 0.01
    done
    end=$(date +%s%N)
    times+=($(( (end - start) / 1000000 )))
    cpus+=($(awk -v hz="$(getconf CLK_TCK)" '{print int(($14 + $15) * 1000 / hz)}' "/proc/$pid/stat"))
    rss=$(ps -o rss= -p "$pid" | tr -d ' ')
    kill "$pid"; wait "$pid" 2>/dev/null || true
  done
  local sorted=($(printf '%s\n' "${times[@]}" | sort -n)) cpu=($(printf '%s\n' "${cpus[@]}" | sort -n))
  printf '| %-66s | %5s ms | %s-%s ms | %5s ms | %s MB |\n' "$name" "${sorted[$((RUNS / 2))]}" "${sorted[0]}" \
    "${sorted[$((RUNS - 1))]}" "${cpu[$((RUNS / 2))]}" "$((rss / 1024))"
}

J17=java
V17=$(java -version 2>&1 | awk -F'"' 'NR==1{print $2}')
echo
echo "Cold start of $(git -C "$ROOT" rev-parse --short HEAD) on $(date -u +%Y-%m-%d), $(nproc) cores, $RUNS launches each"
echo
echo "| Launch | Median to first post | Range | CPU time (median) | RSS after |"
echo "| --- | --- | --- | --- | --- |"
ENVS=()
# -XX:AOTMode=off: the java.options file names the cache; these rows start without one.
measure "Java $V17, JVM defaults" "$J17" "$APP17"
measure "Java $V17, java.options" "$J17" "$APP17" "$OPTIONS"
measure "Java $V17, java.options, AppCDS (app-cds.jsa)" "$J17" "$APPCDS" "$OPTIONS" -XX:SharedArchiveFile=app-cds.jsa
if [ -x "$JAVA25/bin/java" ]; then
  V25=$("$JAVA25/bin/java" -version 2>&1 | awk -F'"' 'NR==1{print $2}')
  J25="$JAVA25/bin/java"
  measure "Java $V25, java.options, no cache" "$J25" "$APP25" "$OPTIONS" -XX:AOTMode=off
  measure "Java $V25, java.options, AOT cache of ./mvnw package (README)" "$J25" "$APP25" "$OPTIONS"
  measure "Java $V25, java.options with C2, AOT cache of ./mvnw package" "$J25" "$APP25" "$OPTIONS" -XX:TieredStopAtLevel=4
  if [ "${VERIFY:-0}" = 1 ]; then
    measure "Java $V25, java.options, AOT cache of ./mvnw verify" "$J25" "$APP25V" "$OPTIONS"
  fi
  ENVS=(QUARKUS_FLYWAY_MIGRATE_AT_START=true)
  measure "Java $V25, java.options, AOT cache of ./mvnw package, migrations at start" "$J25" "$APP25" "$OPTIONS"
fi
