-- A random sequence of its own for every thread of every run. wrk gives each thread a Lua state seeded alike, so
-- unseeded threads ask for the same "random" addresses in the same order (and a warm-up run for those of the run
-- after it): the second asker finds the page kept, and a cold scenario measures the cache.
local threads = 0
setup = function(thread)
  threads = threads + 1
  thread:set("thread_number", threads)
end
init = function(args)
  math.randomseed(os.time() * 1000 + thread_number)
end
