-- Shared by the load scripts: prints one line of figures when wrk is done (latency in ms; wrk counts in µs).
-- Errors are every non-2xx/3xx status and every socket error (connect, read, write, timeout).
local M = {}

function M.done(name)
  return function(summary, latency, requests)
    local e = summary.errors
    local errors = e.status + e.connect + e.read + e.write + e.timeout
    io.write(string.format(
      "| %s | %d | %.1f | %.1f | %.1f | %.1f | %.1f | %d |\n",
      name, summary.requests, summary.requests / (summary.duration / 1e6),
      latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
      latency.max / 1000, errors))
  end
end

return M
