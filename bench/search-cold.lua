dofile("report.lua")
dofile("random.lua")
-- A search for a common word of the generated record, different each time: a common word and a random word left out,
-- so that no kept result answers and each search reads hundreds of thousands of matches.
local words = { "fentanyl", "taiwan", "trade", "climate", "military", "sanctions", "students", "flights",
  "cooperation", "stability" }
request = function()
  return wrk.format("GET", "/search?q=" .. words[math.random(#words)] .. "+-x" .. math.random(1, 1000000000))
end
