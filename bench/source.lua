dofile("report.lua")
dofile("random.lua")
-- A source's page, a different one of the synthetic articles each time: its text and the copies and editions
-- found among all texts on record (FIRST_SOURCE..LAST_SOURCE).
local first, last = tonumber(os.getenv("FIRST_SOURCE")), tonumber(os.getenv("LAST_SOURCE"))
request = function()
  return wrk.format("GET", "/sources/" .. math.random(first, last))
end
