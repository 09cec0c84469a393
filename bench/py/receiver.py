"""Webhook receiver for bench/webhooks.sh: answers POSTs on 127.0.0.1, one path per endpoint.

/flaky answers 500 to about half the attempts (seeded), the other paths always 200. Every attempt is
appended to the log as one JSON line: path, webhook-id, status answered, when it arrived (epoch ms) and
the payload's own timestamp, so the script can count deliveries, duplicates and the lag.
"""
import json
import random
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

PORT = int(sys.argv[1])
LOG = open(sys.argv[2], "a", buffering=1)
LOCK = threading.Lock()
RANDOM = random.Random(42)


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def do_POST(self):
        arrived = time.time() * 1000
        body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
        with LOCK:
            status = 500 if self.path == "/flaky" and RANDOM.random() < 0.5 else 200
        try:
            payload_time = json.loads(body).get("timestamp") if body else None
        except ValueError:
            payload_time = None
        with LOCK:
            LOG.write(json.dumps({"path": self.path, "id": self.headers.get("webhook-id"), "status": status,
                                  "arrived": arrived, "timestamp": payload_time}) + "\n")
        self.send_response(status)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, *args):
        pass


ThreadingHTTPServer(("127.0.0.1", PORT), Handler).serve_forever()
