"""Sixty simulated phones in a process of their own (so that they do not share the server's
interpreter lock): `python _phones.py URL CODE N BALLOTS_JSON`. Each joins (untimed), then
on a barrier all send their ballot at once; prints one JSON line: the POST /vote latencies
(s), their statuses, and the CLOCK_MONOTONIC time the last answer arrived."""

from __future__ import annotations

import http.client
import json
import sys
import threading
import time
import urllib.parse


def main() -> None:
    url, code, ballots = sys.argv[1], sys.argv[2], json.loads(sys.argv[3])
    host, port = urllib.parse.urlsplit(url).hostname, urllib.parse.urlsplit(url).port
    headers = {"Host": f"{host}:{port}", "Content-Type": "application/x-www-form-urlencoded"}

    def post(path: str, fields: dict, cookie: str = "") -> http.client.HTTPResponse:
        conn = http.client.HTTPConnection(host, port, timeout=30)
        conn.request(
            "POST",
            path,
            urllib.parse.urlencode(fields),
            {**headers, **({"Cookie": cookie} if cookie else {})},
        )
        response = conn.getresponse()
        response.read()
        conn.close()
        return response

    tokens = []
    for _ in ballots:
        cookie = post("/join", {"code": code}).getheader("Set-Cookie").split(";", 1)[0]
        tokens.append(cookie)
    latencies = [0.0] * len(ballots)
    statuses = [0] * len(ballots)
    barrier = threading.Barrier(len(ballots))

    def send(i: int) -> None:
        fields = {"t": tokens[i].split("=", 1)[1], **{f"d{k}": v for k, v in ballots[i].items()}}
        barrier.wait()
        t0 = time.perf_counter()
        statuses[i] = post("/vote", fields, tokens[i]).status
        latencies[i] = time.perf_counter() - t0

    threads = [threading.Thread(target=send, args=(i,)) for i in range(len(ballots))]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    print(json.dumps({"latencies": latencies, "statuses": statuses, "last": time.monotonic()}))


if __name__ == "__main__":
    main()
