#!/usr/bin/env bash
# Cold start: from launching the process to the first successful GET /api/posts/{slug}, for the
# packaged jar as it is, with AppCDS, without Flyway at start, and on Java 25 with its AOT cache.
# Five launches each; prints the median and the range in milliseconds. Bounded: each launch gives
# up after 60 s.
source "$(dirname "$0")/lib/common.sh"
trap cleanup EXIT
RUNS="${RUNS:-5}"
JAVA25="${JAVA25:-/usr/lib/jvm/temurin-25-jdk-amd64}"

package_app
APPCDS_DIR="$WORK/appcds-app"
if [ ! -f "$APPCDS_DIR/app-cds.jsa" ]; then
  (cd "$ROOT" && ./mvnw -B -q package -DskipTests -Dquarkus.package.jar.appcds.enabled=true \
      -Dquarkus.package.output-directory="$APPCDS_DIR" >/dev/null)
fi
start_postgres

# Migrate and seed one post with a warm instance, then stop it.
start_app 18090; wait_ready 18090
curl -fs -H "Authorization: Bearer $TOKEN" -H 'Content-Type: text/markdown' \
  --data-binary $'---\ntitle: Cold start\ndraft: false\n---\nHello' http://127.0.0.1:18090/api/posts >/dev/null
kill "$APP_PID"; wait "$APP_PID" 2>/dev/null || true

# launch NAME JAVA JAR [env...] [-- java args...]
measure() {
  local name="$1" java="$2" jar="$3"; shift 3
  local times=()
  for _ in $(seq 1 "$RUNS"); do
    local start end
    start=$(date +%s%N)
    env QUARKUS_DATASOURCE_JDBC_URL="$DB_URL" QUARKUS_DATASOURCE_USERNAME=postgres QUARKUS_DATASOURCE_PASSWORD=unused \
        MVPRESS_ADMIN_TOKEN="$TOKEN" QUARKUS_HTTP_HOST=127.0.0.1 QUARKUS_HTTP_PORT=18091 "${ENVS[@]}" \
        "$java" "${ARGS[@]}" -jar "$jar" >"$WORK/cold-$name.log" 2>&1 &
    local pid=$!
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
  sorted=($(printf '%s\n' "${times[@]}" | sort -n))
  printf '| %-38s | %6s ms | %s to %s ms | %s MB |\n' "$name" "${sorted[$((RUNS / 2))]}" "${sorted[0]}" "${sorted[$((RUNS - 1))]}" "$((rss / 1024))"
}

echo
echo "| Launch | Median to first post | Range | RSS after |"
echo "| --- | --- | --- | --- |"
ENVS=(); ARGS=()
measure "jar, Java $(java -version 2>&1 | awk -F'"' 'NR==1{print $2}')" java "$ROOT/target/quarkus-app/quarkus-run.jar"
ENVS=(QUARKUS_FLYWAY_MIGRATE_AT_START=false); ARGS=()
measure "jar, no Flyway at start" java "$ROOT/target/quarkus-app/quarkus-run.jar"
ENVS=(); ARGS=(-XX:SharedArchiveFile="$APPCDS_DIR/app-cds.jsa" -Xshare:auto)
measure "jar + AppCDS" java "$APPCDS_DIR/quarkus-run.jar"
ENVS=(QUARKUS_FLYWAY_MIGRATE_AT_START=false)
measure "jar + AppCDS, no Flyway at start" java "$APPCDS_DIR/quarkus-run.jar"
if [ -x "$JAVA25/bin/java" ]; then
  ENVS=(); ARGS=()
  measure "jar, Java 25" "$JAVA25/bin/java" "$ROOT/target/quarkus-app/quarkus-run.jar"
  # Java 25's AOT cache (JEP 483/514): one training run that serves a few requests writes the cache at exit.
  AOT="$WORK/app.aot"
  if [ ! -f "$AOT" ]; then
    ENVS=(); ARGS=(-XX:AOTCacheOutput="$AOT")
    QUARKUS_DATASOURCE_JDBC_URL="$DB_URL" QUARKUS_DATASOURCE_USERNAME=postgres QUARKUS_DATASOURCE_PASSWORD=unused \
      MVPRESS_ADMIN_TOKEN="$TOKEN" QUARKUS_HTTP_HOST=127.0.0.1 QUARKUS_HTTP_PORT=18092 \
      "$JAVA25/bin/java" -XX:AOTCacheOutput="$AOT" -jar "$ROOT/target/quarkus-app/quarkus-run.jar" >"$WORK/aot-training.log" 2>&1 &
    TRAIN=$!; PIDS+=("$TRAIN")
    wait_ready 18092
    for _ in $(seq 1 50); do curl -fs http://127.0.0.1:18092/api/posts/cold-start >/dev/null; curl -fs http://127.0.0.1:18092/api/posts >/dev/null; done
    kill "$TRAIN"; wait "$TRAIN" 2>/dev/null || true
  fi
  ENVS=(); ARGS=(-XX:AOTCache="$AOT")
  measure "jar + AOT cache, Java 25" "$JAVA25/bin/java" "$ROOT/target/quarkus-app/quarkus-run.jar"
  ENVS=(QUARKUS_FLYWAY_MIGRATE_AT_START=false)
  measure "jar + AOT cache, Java 25, no Flyway" "$JAVA25/bin/java" "$ROOT/target/quarkus-app/quarkus-run.jar"
fi
