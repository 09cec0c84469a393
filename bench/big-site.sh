#!/usr/bin/env bash
# A big site in the heap the jar ships with (src/main/jvm/java.options, -Xmx64m): POSTS published posts
# (100,000 by default) and a year of contributions (CONTRIBUTIONS, 1,000 by default), then the sitemap index,
# every sitemap file it lists, the contributions export (CSV and portal JSON) and the filing sheet, each
# checked for 200 and a complete document (every entry of the period once, for the author and for an anonymous
# reader), sent streamed (chunked, no Content-Length), and the application's log for OutOfMemoryError; prints
# the application's peak RSS and each export's time to first byte against its total time.
# The contributions are logged one request at a time through the API (CONTRIBUTIONS_SEED=api, the default), or
# inserted by one SQL statement (CONTRIBUTIONS_SEED=sql: 20,000 entries in seconds rather than many minutes).
# Small runs for checking the script: POSTS=2000 CONTRIBUTIONS=50 MAX_URLS=500 bench/big-site.sh
# Ports: PGPORT (18451) and APP_PORT (18450), both on 127.0.0.1.
export PGPORT="${PGPORT:-18451}"
source "$(dirname "$0")/lib/common.sh"
trap cleanup EXIT

POSTS="${POSTS:-100000}"
CONTRIBUTIONS="${CONTRIBUTIONS:-1000}"
CONTRIBUTIONS_SEED="${CONTRIBUTIONS_SEED:-api}"
APP_PORT="${APP_PORT:-18450}"
API="http://127.0.0.1:$APP_PORT"
export MVPRESS_SITEMAP_MAX_URLS="${MAX_URLS:-50000}"
export MVPRESS_SITEMAP_FILE_URL="$API/api/sitemap-{n}.xml"

package_app
start_postgres
echo "seeding $POSTS posts"
seed_posts "$POSTS" "$APP_PORT"
start_app "$APP_PORT"
wait_ready "$APP_PORT"

echo "logging $CONTRIBUTIONS contributions over the last year ($CONTRIBUTIONS_SEED)"
if [ "$CONTRIBUTIONS_SEED" = sql ]; then
  # As the API would store them: several types and areas, one in ten private, one in twenty linked to a post.
  psql_bench <<SQL
insert into contribution (id, type_key, title, description, private_description, date, url, technology_area_key,
                          additional_technology_areas, target_audiences, metrics, private, post_id, created_at, updated_at)
  select gen_random_uuid(), (array['video', 'blog', 'mentorship'])[1 + i % 3], 'Vidéo n° ' || i || ' über Azure',
         'A talk about caching, part ' || i, case when i % 7 = 0 then 'Notes ' || i end,
         (now() at time zone 'utc')::date - (i % 360 + 1), 'https://example.com/talks/' || i,
         (array['dotnet', 'java', 'python'])[1 + i % 3],
         case when i % 4 = 0 then '["web-development"]'::jsonb else '[]'::jsonb end, '["developer"]'::jsonb,
         jsonb_build_object('numberOfViews', i), i % 10 = 0,
         case when i % 20 = 0 then (select p.id from post p where p.slug = 'bench-' || (1 + i % 1000)) end,
         now(), now()
  from generate_series(1, $CONTRIBUTIONS) i;
analyze contribution;
SQL
else
  for i in $(seq 1 "$CONTRIBUTIONS"); do
    day=$(date -u -d "-$(( i % 360 + 1 )) days" +%F)
    curl -fs -o /dev/null -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \
      -d "{\"type\": \"video\", \"title\": \"Vidéo n° $i über Azure\", \"date\": \"$day\", \"technologyArea\": \"dotnet\",
           \"targetAudiences\": [\"developer\"], \"description\": \"A talk about caching, part $i\"}" "$API/api/contributions"
  done
fi

FAILED=0
check() {
  if [ "$2" = "$3" ]; then echo "PASS  $1"; else echo "FAIL  $1: expected $3, got $2"; FAILED=1; fi
}
# fetch PATH FILE [curl args...]: the body into FILE, its headers into FILE.headers, prints the status; the time
# to the first byte and the total time go to FILE.times
fetch() {
  curl -s -o "$2" -D "$2.headers" -w '%{http_code} %{time_starttransfer} %{time_total}' "${@:3}" "$API$1" >"$2.times"
  cut -d' ' -f1 "$2.times"
}
# streamed FILE: "yes" when the response was chunked and had no Content-Length
streamed() {
  if grep -qi '^transfer-encoding: chunked' "$1.headers" && ! grep -qi '^content-length:' "$1.headers"; then echo yes; else echo no; fi
}
# header FILE NAME: the value of a response header
header() { grep -i "^$2:" "$1.headers" | head -1 | cut -d: -f2- | tr -d ' \r'; }

OUT="$WORK/big-site"; mkdir -p "$OUT"
check "sitemap index 200" "$(fetch /api/sitemap.xml "$OUT/index.xml")" 200
public=$(psql_bench -tA -c "select count(*) from post where status <> 'draft' and published_at <= now() and not noindex")
files=$(python3 - "$OUT/index.xml" <<'PY'
import sys, xml.etree.ElementTree as ET
root = ET.parse(sys.argv[1]).getroot()
ns = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
print(len(root.findall(ns + "sitemap")) if root.tag == ns + "sitemapindex" else 0)
PY
)
echo "the index lists $files files for $public public posts"
seen="$OUT/locs.txt"; : >"$seen"
for n in $(seq 1 "$files"); do
  status=$(fetch "/api/sitemap-$n.xml" "$OUT/sitemap-$n.xml")
  check "sitemap-$n.xml 200" "$status" 200
  urls=$(python3 - "$OUT/sitemap-$n.xml" "$seen" <<'PY'
import sys, xml.etree.ElementTree as ET
ns = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
locs = [e.text for e in ET.parse(sys.argv[1]).getroot().iter(ns + "loc")]
open(sys.argv[2], "a").write("".join(l + "\n" for l in locs))
print(len(locs))
PY
) || urls="unparseable"
  check "sitemap-$n.xml at most $MVPRESS_SITEMAP_MAX_URLS URLs" "$([ "$urls" != unparseable ] && [ "$urls" -le "$MVPRESS_SITEMAP_MAX_URLS" ] && echo yes || echo "$urls")" yes
  check "sitemap-$n.xml under 50 MB" "$([ "$(stat -c %s "$OUT/sitemap-$n.xml")" -lt 52428800 ] && echo yes || echo no)" yes
done
if [ "$files" -gt 0 ]; then
  check "every public post once, and the home page" "$(sort "$seen" | uniq | wc -l) $(wc -l <"$seen")" "$((public + 1)) $((public + 1))"
fi

from=$(date -u -d '-1 year' +%F); to=$(date -u +%F)
period="from=$from&to=$to"
logged=$(psql_bench -tA -c "select count(*) from contribution where date between '$from' and '$to'")
public_entries=$(psql_bench -tA -c "select count(*) from contribution c where c.date between '$from' and '$to'
  and not c.private and (c.post_id is null or exists (select 1 from post p where p.id = c.post_id
  and p.status <> 'draft' and p.published_at <= now()))")
check "every contribution logged" "$logged" "$CONTRIBUTIONS"
AUTH=(-H "Authorization: Bearer $TOKEN")
csv_rows='import csv,sys; print(sum(1 for _ in csv.reader(open(sys.argv[1], encoding="utf-8-sig", newline=""))) - 1)'
check "CSV export 200" "$(fetch "/api/contributions/export?$period" "$OUT/export.csv" "${AUTH[@]}")" 200
check "CSV export has every entry" "$(python3 -c "$csv_rows" "$OUT/export.csv")" "$logged"
check "CSV export streamed" "$(streamed "$OUT/export.csv")" yes
check "anonymous CSV export 200" "$(fetch "/api/contributions/export?$period" "$OUT/export-public.csv")" 200
check "anonymous CSV export has every public entry and no other" "$(python3 -c "$csv_rows" "$OUT/export-public.csv")" "$public_entries"
check "portal export 200" "$(fetch "/api/contributions/export?format=portal&$period" "$OUT/export.json" "${AUTH[@]}")" 200
check "portal export has every entry" "$(python3 -c 'import json,sys; print(len(json.load(open(sys.argv[1]))))' "$OUT/export.json")" "$logged"
check "portal export streamed" "$(streamed "$OUT/export.json")" yes
check "portal export counts its issues" "$(header "$OUT/export.json" MVPress-Portal-Issues | grep -Eq '^[0-9]+$' && echo yes || echo no)" yes
check "filing sheet 200" "$(fetch "/api/contributions/filing-sheet?format=markdown&$period" "$OUT/sheet.md" "${AUTH[@]}")" 200
check "filing sheet has every entry" "$(grep -c '^## ' "$OUT/sheet.md")" "$logged"
check "filing sheet counts them in its head" "$(grep -c "^$logged activit" "$OUT/sheet.md")" 1
check "filing sheet streamed" "$(streamed "$OUT/sheet.md")" yes
check "HTML filing sheet 200" "$(fetch "/api/contributions/filing-sheet?format=html&$period" "$OUT/sheet.html" "${AUTH[@]}")" 200
check "HTML filing sheet has every entry" "$(grep -o '<section class="card"' "$OUT/sheet.html" | wc -l)" "$logged"
for doc in export.csv export-public.csv export.json sheet.md sheet.html; do
  echo "$doc: $(stat -c %s "$OUT/$doc") bytes, first byte after $(cut -d' ' -f2 "$OUT/$doc.times") s of $(cut -d' ' -f3 "$OUT/$doc.times") s"
done
check "summary with needsAttention 200" "$(fetch "/api/contributions/summary?$period" "$OUT/summary.json" "${AUTH[@]}")" 200
check "summary sums every entry" "$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["totals"]["count"])' "$OUT/summary.json")" "$logged"
check "no OutOfMemoryError in the log" "$(grep -c OutOfMemoryError "$WORK/app-$APP_PORT.log" || true)" 0
check "the application is still up" "$(curl -fs -o /dev/null -w '%{http_code}' "$API/q/health/ready")" 200
echo "application peak RSS (VmHWM): $(awk '/VmHWM/ {print $2, $3}' "/proc/$APP_PID/status" 2>/dev/null || echo unknown)"
exit "$FAILED"
