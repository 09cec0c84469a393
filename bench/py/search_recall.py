"""Recall of the API's search against ranking every match, on the bench corpus (bench/lib/common.sh).

For one- and two-word queries drawn from the bench vocabulary at several frequencies, compares the
first page (20) that GET /api/posts?q= answers with the first page of the ranking before V16: ts_rank
of every visible match, best first, ties by id. Prints per query the matches, the total the API gives
(it must equal the number of matches), the overlap of the two first pages, and the tie-aware overlap:
how many of the API's 20 have a rank (by the old ranking) at least that of the old 20th, i.e. could be
on the old first page with ties broken another way; and how far below the old 20th the lowest rank
the API shows is (1.0: not below). The bench corpus repeats 200 bodies, so most
posts of a query tie with hundreds of others at 100,000 posts; the plain overlap then only says how
ties were broken.

  python3 bench/py/search_recall.py API_BASE_URL PSQL_ARGS...
"""
import json
import subprocess
import sys
import urllib.parse
import urllib.request

API = sys.argv[1]
PSQL = sys.argv[2:]

VISIBLE = ("p.status <> 'draft' and p.published_at <= now() and p.kind = 'post'"
           " and p.search @@ websearch_to_tsquery('english', :'q')")


def psql(sql, **variables):
    args = list(PSQL) + ["-X", "-q", "-A", "-t", "-F", "\t", "-v", "ON_ERROR_STOP=1"]
    for name, value in variables.items():
        args += ["-v", f"{name}={value}"]
    out = subprocess.run(args, input=sql, capture_output=True, text=True, check=True).stdout
    return [line.split("\t") for line in out.splitlines() if line]


def vocabulary_word(i):
    """The bench seed's word number i (bench/lib/common.sh: substr(md5(i), 1, 3 + i % 7))."""
    return psql("select substr(md5(:'i'), 1, 3 + :i % 7)", i=str(i))[0][0]


def queries():
    """Words of the vocabulary from the most to the least frequent (the seed draws word i with a
    log-uniform probability, so low numbers are frequent), alone and in pairs, and the bench's own."""
    numbers = [0, 3, 12, 40, 150, 600, 2000]
    words = {i: vocabulary_word(i) for i in numbers}
    single = [words[i] for i in numbers] + ["kubernetes", "caching"]
    pairs = [f"{words[a]} {words[b]}" for a, b in [(0, 3), (3, 40), (12, 150), (40, 600), (0, 2000)]]
    return single + pairs + ["kubernetes caching"]


def api_page(q):
    url = f"{API}/api/posts?size=20&fields=slug&q={urllib.parse.quote(q)}"
    with urllib.request.urlopen(url) as response:
        body = json.load(response)
    return [item["slug"] for item in body["items"]], body["page"]["totalItems"]


def main():
    print("| Query | Matches | API total | First page overlap | Tie-aware overlap | Lowest rank shown / old 20th |")
    print("| --- | --- | --- | --- | --- | --- |")
    overlap_sum = tie_sum = pages = 0
    totals_equal = True
    for q in queries():
        matches = int(psql(f"select count(*) from post p where {VISIBLE}", q=q)[0][0])
        old = psql(f"""select p.slug, ts_rank(p.search, websearch_to_tsquery('english', :'q')) from post p
                       where {VISIBLE}
                       order by ts_rank(p.search, websearch_to_tsquery('english', :'q')) desc, p.id desc limit 20""", q=q)
        new, total = api_page(q)
        totals_equal &= total == matches
        if not old:
            print(f"| {q} | 0 | {total} | - | - | - |")
            continue
        floor = min(float(rank) for _, rank in old)
        slugs = ",".join(f"'{s}'" for s in new) or "''"
        ranks = psql(f"select ts_rank(p.search, websearch_to_tsquery('english', :'q')) from post p"
                     f" where p.slug in ({slugs})", q=q)
        shared = len(set(new) & {slug for slug, _ in old})
        tied = sum(1 for (rank,) in ranks if float(rank) >= floor)
        size = len(old)
        overlap_sum += shared / size
        tie_sum += tied / size
        pages += 1
        lowest = min((float(rank) for (rank,) in ranks), default=0.0)
        print(f"| {q} | {matches} | {total} | {shared}/{size} | {tied}/{size} | {lowest / floor:.6f} |")
    print()
    print(f"Mean first-page overlap {overlap_sum / pages:.3f}, tie-aware {tie_sum / pages:.3f},"
          f" totals {'all equal' if totals_equal else 'DIFFER'} ({pages} queries)")


main()
