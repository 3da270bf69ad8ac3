dofile("report.lua")
dofile("random.lua")
-- A meeting page (or another page of a meeting: PATH_SUFFIX), a different generated meeting each time.
local suffix = os.getenv("PATH_SUFFIX") or ""
-- Read by a signed-in analyst when READER_SESSION holds their session.
local session = os.getenv("READER_SESSION")
local headers = session and { ["Cookie"] = "READOUT_SESSION=" .. session } or nil
request = function()
  return wrk.format("GET", "/meetings/" .. math.random(1000001, 1100000) .. suffix, headers)
end
