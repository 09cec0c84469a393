#!/usr/bin/env bash
# Search at any size: on the bench corpus (bench/lib/common.sh: about 1,500 words a post from a
# 3,000-word vocabulary, 200 distinct bodies) at 1,000 and 100,000 posts, the recall of the API's
# ranked search against ranking every match (bench/py/search_recall.py: first-page overlap, tie-aware
# overlap, totals), then the p50 and p99 of the bench's search ("kubernetes caching", one post in twenty)
# with wrk at 8 connections for a bounded time, and the ratio of the two sizes' p50.
#   SIZES="1000 100000" DURATION=10 WARMUP=5 CONNECTIONS=8 bench/search-recall.sh
# Seeding 100,000 posts takes several minutes; the recall queries of the old ranking read every match's
# vector, so they take a few seconds each at that size.
PGPORT="${PGPORT:-55434}"
WORK="${WORK:-$(cd "$(dirname "$0")/.." && pwd)/target/bench-search}"
source "$(dirname "$0")/lib/common.sh"
trap cleanup EXIT
SIZES="${SIZES:-1000 100000}"
DURATION="${DURATION:-10}"
WARMUP="${WARMUP:-5}"
CONNECTIONS="${CONNECTIONS:-8}"
PORT="${PORT:-18110}"
API="http://127.0.0.1:$PORT"

command -v wrk >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null; }
package_app
start_postgres

declare -A RESULT
for n in $SIZES; do
  echo "== $n posts: seeding" >&2
  seed_posts "$n" "$PORT"
  start_app "$PORT"; wait_ready "$PORT"
  echo
  echo "Recall at $n posts:"
  echo
  python3 "$ROOT/bench/py/search_recall.py" "$API" \
    "$PGBIN/psql" -h "$PGDATA" -p "$PGPORT" -U postgres -d postgres
  echo "/api/posts?q=kubernetes%20caching&size=20" > "$WORK/search.txt"
  echo "== $n posts: search at $CONNECTIONS connections" >&2
  RESULT[$n]=$(wrk_run "$n-search-$CONNECTIONS" "$WORK/search.txt")
  kill "$APP_PID"; wait "$APP_PID" 2>/dev/null || true
done

first=$(echo $SIZES | awk '{print $1}'); last=$(echo $SIZES | awk '{print $NF}')
echo
echo "Search (\"kubernetes caching\", 20 a page, snippets) at $CONNECTIONS connections, ${DURATION}s after ${WARMUP}s warm-up,"
echo "$(git -C "$ROOT" rev-parse --short HEAD) on $(date -u +%Y-%m-%d), $(nproc) cores"
echo
echo "| Posts | Requests/s | p50 ms | p99 ms | Errors |"
echo "| --- | --- | --- | --- | --- |"
for n in $SIZES; do
  read -r rps p50 p99 errors <<<"${RESULT[$n]}"
  echo "| $n | $rps | $p50 | $p99 | $errors |"
done
read -r _ p50first _ <<<"${RESULT[$first]}"
read -r _ p50last _ <<<"${RESULT[$last]}"
echo
echo "p50 at $last / at $first: $(python3 -c "print(f'{$p50last/$p50first:.2f}')") (target <= 1.3, and p50 < 100 ms)"
