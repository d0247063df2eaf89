#!/usr/bin/env python3
"""Times single requests, one at a time, against a running `dragoman serve`.

Usage: single.py URL [--repeat 30]
For each endpoint: the first request (a response-cache miss) and the median
and minimum of the next --repeat requests of the same URL on one keep-alive
connection (cache hits, or the store's work when the server runs with
--cache-mib 0). Prints one line per endpoint, in milliseconds.
"""
import http.client
import statistics
import sys
import time
import urllib.parse

PATHS = [
    "/healthz",
    "/api/stats",
    "/api/search?q=poterane&limit=20",                  # a rare word (one story's topic)
    "/api/search?q=president&limit=20",                 # a common word
    "/api/search?q=update&limit=20",                    # a word in every article
    "/api/search?q=update&limit=20&outlet=Outlet%20A1",  # the same, one outlet of 40
    "/api/stories",
    "/api/stories/lbs-000001",
]


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    url = urllib.parse.urlparse(sys.argv[1])
    repeat = int(sys.argv[sys.argv.index("--repeat") + 1]) if "--repeat" in sys.argv else 30
    conn = http.client.HTTPConnection(url.hostname, url.port)

    def get(path):
        t = time.perf_counter()
        conn.request("GET", path)
        r = conn.getresponse()
        r.read()
        if r.status != 200:
            sys.exit(f"single: {path}: HTTP {r.status}")
        return 1000 * (time.perf_counter() - t)

    for path in PATHS:
        first = get(path)
        times = [get(path) for _ in range(repeat)]
        print(f"single {path}: first {first:.2f} ms, then median {statistics.median(times):.2f} ms, "
              f"min {min(times):.2f} ms")


if __name__ == "__main__":
    main()
