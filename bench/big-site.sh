#!/usr/bin/env bash
# A big site in the heap the jar ships with (src/main/jvm/java.options, -Xmx64m): POSTS published posts
# (100,000 by default) and a year of contributions (CONTRIBUTIONS, 1,000 by default), then the sitemap index,
# every sitemap file it lists, the contributions export (CSV and portal JSON) and the filing sheet, each
# checked for 200 and a complete document, and the application's log for OutOfMemoryError.
# Small runs for checking the script: POSTS=2000 CONTRIBUTIONS=50 MAX_URLS=500 bench/big-site.sh
# Ports: PGPORT (18451) and APP_PORT (18450), both on 127.0.0.1.
export PGPORT="${PGPORT:-18451}"
source "$(dirname "$0")/lib/common.sh"
trap cleanup EXIT

POSTS="${POSTS:-100000}"
CONTRIBUTIONS="${CONTRIBUTIONS:-1000}"
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

echo "logging $CONTRIBUTIONS contributions over the last year"
for i in $(seq 1 "$CONTRIBUTIONS"); do
  day=$(date -u -d "-$(( i % 360 + 1 )) days" +%F)
  curl -fs -o /dev/null -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \
    -d "{\"type\": \"video\", \"title\": \"Vidéo n° $i über Azure\", \"date\": \"$day\", \"technologyArea\": \"dotnet\",
         \"targetAudiences\": [\"developer\"], \"description\": \"A talk about caching, part $i\"}" "$API/api/contributions"
done

FAILED=0
check() {
  if [ "$2" = "$3" ]; then echo "PASS  $1"; else echo "FAIL  $1: expected $3, got $2"; FAILED=1; fi
}
# fetch PATH FILE: the body into FILE, prints the status
fetch() { curl -s -o "$2" -w '%{http_code}' "${@:3}" "$API$1"; }

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
check "CSV export 200" "$(fetch "/api/contributions/export?from=$from&to=$to" "$OUT/export.csv" -H "Authorization: Bearer $TOKEN")" 200
check "CSV export has every entry" "$(python3 -c 'import csv,sys; print(sum(1 for _ in csv.reader(open(sys.argv[1], encoding="utf-8-sig"))) - 1)' "$OUT/export.csv")" "$CONTRIBUTIONS"
check "portal export 200" "$(fetch "/api/contributions/export?format=portal&from=$from&to=$to" "$OUT/export.json" -H "Authorization: Bearer $TOKEN")" 200
check "portal export has every entry" "$(python3 -c 'import json,sys; print(len(json.load(open(sys.argv[1]))))' "$OUT/export.json")" "$CONTRIBUTIONS"
check "filing sheet 200" "$(fetch "/api/contributions/filing-sheet?format=markdown&from=$from&to=$to" "$OUT/sheet.md" -H "Authorization: Bearer $TOKEN")" 200
check "no OutOfMemoryError in the log" "$(grep -c OutOfMemoryError "$WORK/app-$APP_PORT.log" || true)" 0
check "the application is still up" "$(curl -fs -o /dev/null -w '%{http_code}' "$API/q/health/ready")" 200
exit "$FAILED"
