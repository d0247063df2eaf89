-- Shared wrk done() hook: one line with the figures BENCHMARKS.md records.
function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    "summary: requests=%d req/s=%.1f p50=%.2fms p90=%.2fms p99=%.2fms max=%.2fms non2xx=%d connect=%d read=%d write=%d timeout=%d\n",
    summary.requests, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000,
    latency.max / 1000, e.status, e.connect, e.read, e.write, e.timeout))
end
