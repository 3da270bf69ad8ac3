dofile("report.lua")
dofile("random.lua")
-- Analysts at work: nine meeting pages read for every readout saved (a further readout of its side, knowingly). SESSION and CSRF come from a signed-in
-- analyst (run.sh signs in with curl).
local session = os.getenv("SESSION")
local csrf = os.getenv("CSRF")
local saved = 0
request = function()
  local meeting = math.random(1000001, 1100000)
  local headers = { ["Cookie"] = "READOUT_SESSION=" .. session }
  if math.random(10) == 1 then
    saved = saved + 1
    headers["Content-Type"] = "application/x-www-form-urlencoded"
    local body = "side=CN&issuingBody=Ministry+of+Foreign+Affairs&title=Benchmark+readout+" .. saved
        .. "&body=Saved+under+load.&secondReadout=true&_csrf=" .. csrf
    return wrk.format("POST", "/meetings/" .. meeting .. "/readouts", headers, body)
  end
  return wrk.format("GET", "/meetings/" .. meeting, headers)
end
