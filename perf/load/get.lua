-- GETs the path of $LOAD_PATH on every request; reports under the name $LOAD_NAME.
package.path = (os.getenv("LOAD_DIR") or ".") .. "/?.lua;" .. package.path
local report = require("report")
local path = os.getenv("LOAD_PATH")

request = function()
  return wrk.format("GET", path)
end

done = report.done(os.getenv("LOAD_NAME") or path)
