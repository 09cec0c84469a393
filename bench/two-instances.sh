#!/usr/bin/env bash
# Statelessness check: two instances of the packaged application on one PostgreSQL. A write through
# one (a post, a tag rename, a token and its revocation) must be seen at once through the other.
source "$(dirname "$0")/lib/common.sh"
trap cleanup EXIT

package_app
start_postgres
start_app 18081; A=http://127.0.0.1:18081
wait_ready 18081
start_app 18082; B=http://127.0.0.1:18082
wait_ready 18082

FAILED=0
check() {
  if [ "$2" = "$3" ]; then echo "PASS  $1"; else echo "FAIL  $1: expected $3, got $2"; FAILED=1; fi
}
auth=(-H "Authorization: Bearer $TOKEN")

curl -fs "${auth[@]}" -H 'Content-Type: text/markdown' --data-binary $'---\ntitle: Written through A\ntags: [scale-out]\ndraft: false\n---\nHello' \
  "$A/api/posts" >/dev/null
check "a post written through A is served by B" \
  "$(curl -fs "$B/api/posts/written-through-a" | python3 -c 'import json,sys; print(json.load(sys.stdin)["title"])')" "Written through A"

etag_before=$(curl -fsI "$B/api/posts/written-through-a" | awk 'tolower($1)=="etag:" {print $2}' | tr -d '\r')
curl -fs "${auth[@]}" -H 'Content-Type: application/json' -X PATCH -d '{"name": "Scale Out"}' "$A/api/tags/scale-out" >/dev/null
check "a tag renamed through A shows in B's post at once" \
  "$(curl -fs "$B/api/posts/written-through-a" | python3 -c 'import json,sys; print(json.load(sys.stdin)["tags"][0]["name"])')" "Scale Out"
etag_after=$(curl -fsI "$B/api/posts/written-through-a" | awk 'tolower($1)=="etag:" {print $2}' | tr -d '\r')
check "B's ETag for the post changed with the rename" "$([ "$etag_before" != "$etag_after" ] && echo changed || echo same)" "changed"

created=$(curl -fs "${auth[@]}" -H 'Content-Type: application/json' -d '{"name": "two-instances", "scopes": ["drafts:read"]}' "$A/api/tokens")
secret=$(echo "$created" | python3 -c 'import json,sys; print(json.load(sys.stdin)["secret"])')
id=$(echo "$created" | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])')
check "a token created through A works on B" \
  "$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $secret" "$B/api/posts?status=draft")" "200"
curl -fs "${auth[@]}" -X DELETE "$A/api/tokens/$id" >/dev/null
check "the token revoked through A is refused by B at once" \
  "$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $secret" "$B/api/posts?status=draft")" "401"

exit $FAILED
