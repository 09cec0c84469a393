"""Reads the receiver's log (bench/py/receiver.py) and prints, per endpoint: attempts, deliveries
(distinct webhook-ids answered 200), ids delivered more than once, and the lag from the event's time
(the payload's timestamp) to its delivery, p50 and p99. Exit status 1 when a healthy endpoint missed an
event or any endpoint had an event delivered twice."""
import json
import sys
from datetime import datetime

expected = int(sys.argv[2])
rows = [json.loads(line) for line in open(sys.argv[1])]
failed = False


def pct(values, p):
    values = sorted(values)
    return values[min(len(values) - 1, int(round(p / 100 * (len(values) - 1))))] if values else float("nan")


for path in sorted({r["path"] for r in rows}):
    mine = [r for r in rows if r["path"] == path]
    ok = [r for r in mine if r["status"] == 200]
    delivered = {}
    twice = 0
    for r in ok:
        if r["id"] in delivered:
            twice += 1
        else:
            delivered[r["id"]] = r
    lags = [r["arrived"] - datetime.fromisoformat(r["timestamp"].replace("Z", "+00:00")).timestamp() * 1000
            for r in delivered.values() if r["timestamp"]]
    print(f"{path:8} attempts {len(mine):5}  delivered {len(delivered):5}/{expected}  delivered twice {twice}"
          f"  lag p50 {pct(lags, 50) / 1000:6.2f} s  p99 {pct(lags, 99) / 1000:6.2f} s")
    if twice or (path != "/flaky" and len(delivered) != expected):
        failed = True
sys.exit(1 if failed else 0)
