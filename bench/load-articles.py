#!/usr/bin/env python3
"""Posts the JSON lines on stdin to POST /api/v1/sources, four at a time, so that Readout files each text under
its band keys as it would an analyst's article. Usage: load-articles.py PORT TOKEN < articles.jsonl"""
import http.client
import queue
import sys
import threading

port, token = int(sys.argv[1]), sys.argv[2]
lines = queue.Queue(maxsize=1000)
failures = []


def post():
    connection = http.client.HTTPConnection("localhost", port, timeout=60)
    while (line := lines.get()) is not None:
        connection.request("POST", "/api/v1/sources", body=line.encode(),
                           headers={"Content-Type": "application/json", "Authorization": "Bearer " + token})
        response = connection.getresponse()
        body = response.read()
        if response.status != 201:
            failures.append(f"{response.status} {body[:200]!r}")


workers = [threading.Thread(target=post) for _ in range(4)]
for worker in workers:
    worker.start()
for line in sys.stdin:
    lines.put(line)
for _ in workers:
    lines.put(None)
for worker in workers:
    worker.join()
if failures:
    sys.exit(f"{len(failures)} articles refused, e.g. {failures[0]}")
