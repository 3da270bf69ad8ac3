dofile("report.lua")
dofile("random.lua")
-- The timeline from a different place each time (a keyset cursor on a random day from 1990 to 2025), so that no
-- kept page answers: the cold path of an analyst paging through the record.
request = function()
  local day = os.time({ year = 1990, month = 1, day = 1 }) + math.random(0, 13148) * 86400
  return wrk.format("GET", "/?after=" .. os.date("!%Y-%m-%dT09:00", day) .. "_9223372036854775807")
end
