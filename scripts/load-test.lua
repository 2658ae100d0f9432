-- wrk script for scripts/load-test.sh: a fixed request rate, a fixed mix of read queries, and a
-- one-line JSON summary.
--
-- wrk has no rate option, so each wrk thread keeps a schedule: the n-th request of the thread is due at
-- start + n * interval (interval = threads / RATE), and delay() makes a connection wait for the next free
-- slot. A connection held up by a slow response does not slow the schedule: the next free connection takes
-- the due slot at once. (Latency is measured by wrk from the moment a request is sent, so time a request
-- waited for a free connection is not counted: keep enough connections, and check "achieved_rate".)
--
-- Environment: RATE (requests/s in all, default 200), PATHS_FILE (one request path per line).
local ffi = require("ffi")
ffi.cdef [[
  typedef struct { long tv_sec; long tv_usec; } timeval_t;
  int gettimeofday(timeval_t *tv, void *tz);
]]
local tv = ffi.new("timeval_t")
local function now_ms()
  ffi.C.gettimeofday(tv, nil)
  return tonumber(tv.tv_sec) * 1000 + tonumber(tv.tv_usec) / 1000
end

local threads = {}
local thread_count = 0

function setup(thread)
  thread_count = thread_count + 1
  thread:set("id", thread_count)
  table.insert(threads, thread)
end

local paths = {}
local next_path
local interval_ms
local next_slot

function init(args)
  local rate = tonumber(os.getenv("RATE") or "200")
  local file = assert(os.getenv("PATHS_FILE"), "PATHS_FILE is not set")
  for line in io.lines(file) do
    if line ~= "" and line:sub(1, 1) ~= "#" then
      table.insert(paths, line)
    end
  end
  assert(#paths > 0, "no request paths in " .. file)
  local n = tonumber(os.getenv("WRK_THREADS") or "1")
  interval_ms = 1000 * n / rate
  next_path = id -- threads start at different places in the mix
  next_slot = now_ms()
end

function delay()
  local slot = next_slot
  next_slot = next_slot + interval_ms
  local wait = slot - now_ms()
  if wait < 0 then
    return 0
  end
  return wait
end

function request()
  local p = paths[(next_path - 1) % #paths + 1]
  next_path = next_path + 1
  return wrk.format("GET", p)
end

function done(summary, latency, requests)
  local e = summary.errors
  local seconds = summary.duration / 1e6
  io.write(string.format(
    '{"requests": %d, "seconds": %.2f, "achieved_rate": %.1f, "errors": {"connect": %d, "read": %d, ' ..
    '"write": %d, "status": %d, "timeout": %d}, "latency_ms": {"p50": %.2f, "p90": %.2f, "p99": %.2f, ' ..
    '"max": %.2f, "mean": %.2f}}\n',
    summary.requests, seconds, summary.requests / seconds, e.connect, e.read, e.write, e.status, e.timeout,
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000,
    latency.max / 1000, latency.mean / 1000))
end
