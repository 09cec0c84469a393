#!/usr/bin/env bash
# Where one read's CPU time goes: the packaged jar on POSTS bench posts (bench/lib/common.sh's corpus), under
# wrk load on one SCENARIO for DURATION seconds after a warm-up, with Java Flight Recorder sampling it; then
# the hottest methods (self time) and the share of samples each of MVPress's own methods and a few framework
# steps sit under (inclusive time). Needs a JDK with `jfr` (17 or later; JAVA selects it).
#   SCENARIO=slug|list|tag|search POSTS=1000 DURATION=20 WARMUP=10 CONNECTIONS=8 bench/profile.sh
# Ports: 18180 (application) and PGPORT (18181), on 127.0.0.1. The recording stays in target/bench/.
export PGPORT="${PGPORT:-18181}"
source "$(dirname "$0")/lib/common.sh"
trap cleanup EXIT

SCENARIO="${SCENARIO:-slug}"
POSTS="${POSTS:-1000}"
DURATION="${DURATION:-20}"
WARMUP="${WARMUP:-10}"
CONNECTIONS="${CONNECTIONS:-8}"
PORT=18180
API="http://127.0.0.1:$PORT"
JAVA="${JAVA:-java}"
JFR_TOOL="$(dirname "$(readlink -f "$(command -v "$JAVA")")")/jfr"
RECORDING="$WORK/profile-$SCENARIO.jfr"

command -v wrk >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null; }
package_app
start_postgres
echo "seeding $POSTS posts"
seed_posts "$POSTS" "$PORT"

case "$SCENARIO" in
  slug) step=$(( POSTS / 1000 > 0 ? POSTS / 1000 : 1 ))
        seq 1 "$step" "$POSTS" | head -1000 | sed 's#^#/api/posts/bench-#' > "$WORK/profile.txt" ;;
  list) echo "/api/posts?size=20" > "$WORK/profile.txt" ;;
  tag) echo "/api/posts?tag=bench-tag-7&size=20" > "$WORK/profile.txt" ;;
  search) echo "/api/posts?q=kubernetes%20caching&size=20" > "$WORK/profile.txt" ;;
  *) echo "SCENARIO is one of slug, list, tag, search" >&2; exit 2 ;;
esac

start_app "$PORT"
wait_ready "$PORT"
echo "warming up $WARMUP s, then recording $DURATION s of $SCENARIO at $CONNECTIONS connections"
wrk -t2 -c"$CONNECTIONS" -d"${WARMUP}s" -s "$ROOT/bench/lua/rotate.lua" "$API" -- "$WORK/profile.txt" >/dev/null 2>&1 || true
rm -f "$RECORDING"
"$(dirname "$JFR_TOOL")/jcmd" "$APP_PID" JFR.start name=profile settings=profile filename="$RECORDING" >/dev/null
wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" --latency -s "$ROOT/bench/lua/rotate.lua" "$API" -- "$WORK/profile.txt" \
  >"$WORK/wrk-profile.txt" 2>&1
"$(dirname "$JFR_TOOL")/jcmd" "$APP_PID" JFR.stop name=profile >/dev/null
echo "req/s p50 p99 (ms) errors: $(wrk_stats "$WORK/wrk-profile.txt")"

"$JFR_TOOL" print --events jdk.ExecutionSample --stack-depth 200 "$RECORDING" > "$WORK/profile-samples.txt"
python3 - "$WORK/profile-samples.txt" <<'PY'
import collections, re, sys

# A sample is "jdk.ExecutionSample { ... stackTrace = [ frame, frame, ... ] }", innermost frame first.
samples, current = [], None
for line in open(sys.argv[1]):
    line = line.strip()
    if line.startswith('stackTrace = ['):
        current = []
    elif current is not None and line.startswith(']'):
        samples.append(current)
        current = None
    elif current is not None and line and line != '...':
        current.append(re.sub(r'\s+line:.*', '', line))
total = len(samples)
if not total:
    sys.exit("no execution samples were recorded")
print(f"\n{total} samples")

print("\nHottest methods (self):")
self_counts = collections.Counter(s[0] for s in samples if s)
for frame, n in self_counts.most_common(25):
    print(f"{100 * n / total:5.1f} %  {frame}")

# Inclusive: every distinct method on a sample's stack counts the sample once.
STEPS = [
    ('JSON serialization (Jackson)', 'com.fasterxml.jackson.databind.ObjectMapper.writeValue'),
    ('Hibernate native query', 'org.hibernate.query.sql.internal.NativeQueryImpl.list'),
    ('JDBC execute (PostgreSQL driver)', 'org.postgresql.jdbc.PgPreparedStatement.executeWithFlags'),
    ('Hibernate session open', 'org.hibernate.internal.SessionFactoryImpl.openSession'),
    ('Transaction/session close', 'org.hibernate.internal.SessionImpl.close'),
    ('Vert.x HTTP write', 'io.vertx.core.http.impl.Http1xServerResponse.end'),
    ('Micrometer HTTP timing', 'io.micrometer.core.instrument'),
    ('Gzip', 'java.util.zip.Deflater'),
    ('SHA-256 (ETag)', 'sun.security.provider.SHA2'),
]
inclusive = collections.Counter()
steps = collections.Counter()
for s in samples:
    seen = set()
    for frame in s:
        method = frame.split('(')[0]
        if method.startswith('dev.mvpress.') and method not in seen:
            seen.add(method)
            inclusive[method] += 1
    text = '\n'.join(s)
    for name, marker in STEPS:
        if marker in text:
            steps[name] += 1
print("\nMVPress methods (inclusive):")
for method, n in inclusive.most_common(30):
    print(f"{100 * n / total:5.1f} %  {method}")
print("\nFramework steps (inclusive):")
for name, _ in STEPS:
    print(f"{100 * steps[name] / total:5.1f} %  {name}")
PY
echo
echo "the recording: $RECORDING (jfr view hot-methods $RECORDING)"
