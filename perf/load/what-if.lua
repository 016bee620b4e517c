-- A what-if forecast on every request: a random score fixed on a random remaining fixture, so that no two requests
-- need ask the same thing. $LOAD_FIXTURES lists the fixtures as "Home|Away;Home|Away;…" (names URL-encoded),
-- $LOAD_BASE the forecast path with its query up to the fix (…/forecast?as-of=…&sims=…).
package.path = (os.getenv("LOAD_DIR") or ".") .. "/?.lua;" .. package.path
local report = require("report")
local base = os.getenv("LOAD_BASE")
local fixtures = {}
for pair in string.gmatch(os.getenv("LOAD_FIXTURES"), "[^;]+") do
  local home, away = string.match(pair, "([^|]+)|([^|]+)")
  table.insert(fixtures, { home, away })
end

init = function(args)
  math.randomseed(tonumber(os.getenv("LOAD_SEED") or "1") + wrk.thread:get("id"))
end

setup = function(thread)
  thread:set("id", (setup_count or 0))
  setup_count = (setup_count or 0) + 1
end

request = function()
  local f = fixtures[math.random(#fixtures)]
  local fix = string.format("%s%%20%d-%d%%20%s", f[1], math.random(0, 3), math.random(0, 3), f[2])
  return wrk.format("GET", base .. "&fix=" .. fix)
end

done = report.done(os.getenv("LOAD_NAME") or "what-if")
