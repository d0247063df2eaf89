#!/usr/bin/env python3
"""Packs the HTML pages in warc_src/ into examples/corpus/articles/warc/crawl-2025-sample.warc.gz.

Python 3 standard library only, deterministic (fixed record ids and dates,
gzip mtime 0), so the committed archive can be rebuilt byte for byte:

    python3 examples/corpus/tools/make_warc.py

Layout (record numbers are 1-based over ALL records of the file, as
dragoman's WARC reader prints them; gold.json uses them as "#record N"):
  1        warcinfo
  2        request   (the HTTP GET of the first page)
  3, 4     response  text/html pages 1 and 2
  5        response  image/png (not an article: a reader must skip it)
  6 ...    response  text/html pages 3 onwards
Each record is its own gzip member, as in Common Crawl files.  manifest.json
lists the pages in order with their URL, crawl date, the charset the page
bytes are in and the charset the HTTP header declares.
"""

import gzip
import hashlib
import io
import json
import os
import struct
import uuid
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "warc_src")
OUT = os.path.join(os.path.dirname(HERE), "articles", "warc", "crawl-2025-sample.warc.gz")
NS = uuid.UUID("6f1d1a3e-7d54-4c43-9a39-3e0cf5b7d1a0")


def record_id(name):
    return f"<urn:uuid:{uuid.uuid5(NS, name)}>"


def sha1_b32(data):
    import base64
    return "sha1:" + base64.b32encode(hashlib.sha1(data).digest()).decode()


def warc_record(rtype, headers, block):
    lines = ["WARC/1.1", f"WARC-Type: {rtype}"]
    lines += [f"{k}: {v}" for k, v in headers]
    lines.append(f"Content-Length: {len(block)}")
    head = ("\r\n".join(lines) + "\r\n\r\n").encode("utf-8")
    return head + block + b"\r\n\r\n"


def gz_member(data):
    buf = io.BytesIO()
    with gzip.GzipFile(fileobj=buf, mode="wb", mtime=0, compresslevel=9, filename="") as g:
        g.write(data)
    return buf.getvalue()


def tiny_png():
    """A valid 1x1 grey PNG built by hand."""
    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xFFFFFFFF)
    ihdr = struct.pack(">IIBBBBB", 1, 1, 8, 0, 0, 0, 0)
    idat = zlib.compress(b"\x00\x80", 9)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", idat) + chunk(b"IEND", b"")


def http_response(body, ctype, date):
    head = ("HTTP/1.1 200 OK\r\n"
            f"Date: {date}\r\n"
            "Server: nginx\r\n"
            f"Content-Type: {ctype}\r\n"
            f"Content-Length: {len(body)}\r\n"
            "Cache-Control: max-age=300\r\n"
            "Connection: close\r\n\r\n").encode("ascii")
    return head + body


def http_date(iso):
    import datetime
    d = datetime.datetime.strptime(iso, "%Y-%m-%dT%H:%M:%SZ")
    return d.strftime("%a, %d %b %Y %H:%M:%S GMT")


def main():
    with open(os.path.join(SRC, "manifest.json"), encoding="utf-8") as f:
        pages = json.load(f)
    out = []
    info = ("software: dragoman make_warc.py\r\n"
            "format: WARC File Format 1.1\r\n"
            "description: dragoman sample corpus crawl (pages written by the dragoman project)\r\n"
            "isPartOf: dragoman-sample-corpus\r\n").encode("utf-8")
    out.append(warc_record("warcinfo", [("WARC-Date", "2025-03-01T00:00:00Z"),
                                        ("WARC-Filename", "crawl-2025-sample.warc.gz"),
                                        ("WARC-Record-ID", record_id("warcinfo")),
                                        ("Content-Type", "application/warc-fields")], info))
    first = pages[0]
    from urllib.parse import urlsplit
    u = urlsplit(first["url"])
    req = (f"GET {u.path or '/'} HTTP/1.1\r\n"
           f"Host: {u.netloc}\r\n"
           "User-Agent: dragoman-sample-crawler/1.0\r\n"
           "Accept: text/html,application/xhtml+xml\r\n"
           "Accept-Encoding: identity\r\n\r\n").encode("ascii")
    out.append(warc_record("request", [("WARC-Date", first["date"]), ("WARC-Target-URI", first["url"]),
                                       ("WARC-Record-ID", record_id("request-0")),
                                       ("Content-Type", "application/http; msgtype=request")], req))
    expected = 3
    for i, p in enumerate(pages):
        if p["record"] != expected:
            raise SystemExit(f"manifest says record {p['record']} for {p['file']}, layout gives {expected}")
        with open(os.path.join(SRC, p["file"]), "rb") as f:
            body = f.read()
        ctype = "text/html" + (f"; charset={p['http_charset']}" if p.get("http_charset") else "")
        block = http_response(body, ctype, http_date(p["date"]))
        hdrs = [("WARC-Date", p["date"]), ("WARC-Target-URI", p["url"]),
                ("WARC-Record-ID", record_id("response-" + p["url"])),
                ("WARC-Payload-Digest", sha1_b32(body)),
                ("Content-Type", "application/http; msgtype=response")]
        if i == 0:
            hdrs.append(("WARC-Concurrent-To", record_id("request-0")))
        out.append(warc_record("response", hdrs, block))
        expected += 1
        if i == 1:
            png = tiny_png()
            url = "https://www.abendpost-berlin.de/static/img/logo-1x1.png"
            out.append(warc_record("response", [("WARC-Date", p["date"]), ("WARC-Target-URI", url),
                                                ("WARC-Record-ID", record_id("response-" + url)),
                                                ("WARC-Payload-Digest", sha1_b32(png)),
                                                ("Content-Type", "application/http; msgtype=response")],
                                   http_response(png, "image/png", http_date(p["date"]))))
            expected += 1
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "wb") as f:
        for r in out:
            f.write(gz_member(r))
    print(f"wrote {OUT}: {len(out)} records")


if __name__ == "__main__":
    main()
