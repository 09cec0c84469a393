#!/usr/bin/env bash
# Webhook delivery under load: PUBLISHES posts (default 1,000) published through the API while three
# endpoints listen on 127.0.0.1 (two healthy, one answering 500 to half the attempts). Reports, per
# endpoint, the deliveries, any event delivered twice, and the lag from each event to its delivery
# (p50/p99). Fails when a healthy endpoint misses an event or any event is delivered twice.
# The instance ticks every TICK (default 1S); retries of the flaky endpoint follow a short schedule so
# the run ends in minutes, not the production schedule of 27 hours. Bounded: WAIT seconds at most.
#   PUBLISHES=1000 TICK=1S TICK_BUDGET=1S WAIT=300 PARALLEL=4 bench/webhooks.sh
source "$(dirname "$0")/lib/common.sh"
trap 'kill "${RECEIVER_PID:-}" 2>/dev/null || true; cleanup' EXIT
PUBLISHES="${PUBLISHES:-1000}"
TICK="${TICK:-1S}"
# Each tick sends for at most this long (keep it at or below the period).
TICK_BUDGET="${TICK_BUDGET:-$TICK}"
WAIT="${WAIT:-300}"
PARALLEL="${PARALLEL:-4}"
PORT=18110
RECEIVER_PORT=18119
API="http://127.0.0.1:$PORT"
LOG="$WORK/webhooks-received.jsonl"

package_app
start_postgres
rm -f "$LOG"
python3 "$ROOT/bench/py/receiver.py" "$RECEIVER_PORT" "$LOG" &
RECEIVER_PID=$!

MVPRESS_WEBHOOKS_ALLOW_HTTP=true MVPRESS_WEBHOOKS_ALLOWED_ADDRESSES=127.0.0.1 \
  MVPRESS_WEBHOOKS_RETRY_SCHEDULE=1S,1S,2S,2S,4S,4S,4S,4S,4S,4S,4S,4S \
  MVPRESS_JOBS_SCHEDULER_EVERY="$TICK" MVPRESS_WEBHOOKS_TICK_BUDGET="$TICK_BUDGET" start_app "$PORT"
wait_ready "$PORT"
auth=(-H "Authorization: Bearer $TOKEN")

for path in healthy-a healthy-b flaky; do
  curl -fs "${auth[@]}" -H 'Content-Type: application/json' \
    -d "{\"url\": \"http://127.0.0.1:$RECEIVER_PORT/$path\", \"events\": [\"post.published\"]}" \
    "$API/api/webhooks" >/dev/null
done

echo "publishing $PUBLISHES posts ($PARALLEL at a time), ticking every $TICK"
started=$(date +%s)
seq 1 "$PUBLISHES" | xargs -P "$PARALLEL" -I{} curl -fs -o /dev/null "${auth[@]}" -H 'Content-Type: text/markdown' \
  --data-binary $'---\ntitle: Webhook bench {} – Grüße\ntags: [bench, webhooks, zürich]\ndraft: false\n---\n## Part {}\n\n```java\nrecord Event(String type) {}\n```\n\n| a | b |\n| - | - |\n| 1 | 2 |\n' \
  "$API/api/posts"
echo "published in $(( $(date +%s) - started )) s; waiting for deliveries (at most $WAIT s)"

for _ in $(seq 1 "$WAIT"); do
  healthy=$(python3 -c "
import json,sys
rows=[json.loads(l) for l in open('$LOG')]
print(min(len({r['id'] for r in rows if r['path']==p and r['status']==200}) for p in ('/healthy-a','/healthy-b','/flaky')))" 2>/dev/null || echo 0)
  [ "$healthy" -ge "$PUBLISHES" ] && break
  sleep 1
done
echo "done $(( $(date +%s) - started )) s after the first publish"
python3 "$ROOT/bench/py/webhook_report.py" "$LOG" "$PUBLISHES"
