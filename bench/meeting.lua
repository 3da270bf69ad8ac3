dofile("report.lua")
dofile("random.lua")
-- A meeting page (or another page of a meeting: PATH_SUFFIX), a different generated meeting each time.
local suffix = os.getenv("PATH_SUFFIX") or ""
request = function()
  return wrk.format("GET", "/meetings/" .. math.random(1000001, 1100000) .. suffix)
end
