dofile("report.lua")
-- The same address, asking for gzip as browsers do: a kept page is sent as it was compressed once.
wrk.headers["Accept-Encoding"] = "gzip"
