#!/usr/bin/env bash
# Cold start: from launching the process to the first successful GET /api/posts/{slug}, for the
# packaged jar with JVM defaults, with the options it is deployed with (src/main/jvm/java.options),
# with the start-up archive Quarkus writes on Java 17 (AppCDS, at package time) and on Java 25 (the
# AOT cache, trained by the integration tests during ./mvnw verify on Java 25). Migrations are a separate step
# (QUARKUS_FLYWAY_MIGRATE_AT_START=false) except in the last row. RUNS launches each (default 5);
# prints the median and range in milliseconds and the RSS right after the first post. Bounded: each
# launch gives up after 60 s.
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
# The Java 25 build: the same sources, verified with Java 25 so that the integration tests write
# app.aot (the aot-cache profile in pom.xml turns that on for Java 25).
APP25="$WORK/java25/target/quarkus-app"
if [ -x "$JAVA25/bin/java" ] && { [ ! -f "$APP25/app.aot" ] || [ "${REBUILD:-0}" = 1 ]; }; then
  rm -rf "$WORK/java25" && mkdir -p "$WORK/java25"
  (cd "$ROOT" && cp -r pom.xml mvnw .mvn src "$WORK/java25/")
  (cd "$WORK/java25" && JAVA_HOME="$JAVA25" ./mvnw -B -q verify -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false \
      -Dnative-sources.skip=true >"$WORK/java25-build.log" 2>&1) || { echo "Java 25 build failed: $WORK/java25-build.log" >&2; exit 1; }
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
  local times=() rss=0
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
    rss=$(ps -o rss= -p "$pid" | tr -d ' ')
    kill "$pid"; wait "$pid" 2>/dev/null || true
  done
  local sorted=($(printf '%s\n' "${times[@]}" | sort -n))
  printf '| %-62s | %5s ms | %s-%s ms | %s MB |\n' "$name" "${sorted[$((RUNS / 2))]}" "${sorted[0]}" \
    "${sorted[$((RUNS - 1))]}" "$((rss / 1024))"
}

J17=java
V17=$(java -version 2>&1 | awk -F'"' 'NR==1{print $2}')
echo
echo "Cold start of $(git -C "$ROOT" rev-parse --short HEAD) on $(date -u +%Y-%m-%d), $(nproc) cores, $RUNS launches each"
echo
echo "| Launch | Median to first post | Range | RSS after |"
echo "| --- | --- | --- | --- |"
ENVS=()
measure "Java $V17, JVM defaults" "$J17" "$APP17"
measure "Java $V17, java.options" "$J17" "$APP17" "$OPTIONS"
measure "Java $V17, java.options, AppCDS (app-cds.jsa)" "$J17" "$APPCDS" "$OPTIONS" -XX:SharedArchiveFile=app-cds.jsa
if [ -x "$JAVA25/bin/java" ]; then
  V25=$("$JAVA25/bin/java" -version 2>&1 | awk -F'"' 'NR==1{print $2}')
  measure "Java $V25, java.options" "$JAVA25/bin/java" "$APP25" "$OPTIONS"
  measure "Java $V25, java.options, AOT cache (app.aot)" "$JAVA25/bin/java" "$APP25" "$OPTIONS" -XX:AOTCache=app.aot
  ENVS=(QUARKUS_FLYWAY_MIGRATE_AT_START=true)
  measure "Java $V25, java.options, AOT cache, migrations at start" "$JAVA25/bin/java" "$APP25" "$OPTIONS" -XX:AOTCache=app.aot
fi
