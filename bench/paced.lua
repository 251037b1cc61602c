-- wrk script for one route of the soak at a fixed rate (bench/run.sh starts one wrk per route, so each gets its own
-- latency distribution). BENCH_REQUEST is "METHOD path [form body]"; BENCH_RATE the route's requests/s over all
-- BENCH_PACED_CONNECTIONS connections; BENCH_TOKEN_FILE, if set, holds the bearer token, re-read every second
-- (the soak's tokens live two minutes and are renewed by a login loop, so that expired ones pile up for retention).
local method, path, body = os.getenv("BENCH_REQUEST"):match("^(%S+) (%S+) ?(.*)$")
local rate = tonumber(os.getenv("BENCH_RATE"))
local connections = tonumber(os.getenv("BENCH_PACED_CONNECTIONS"))
local token_file = os.getenv("BENCH_TOKEN_FILE")
local headers = {}
if body ~= "" then
    headers["Content-Type"] = "application/x-www-form-urlencoded"
else
    body = nil
end

local read_at = -1
local function refresh_token()
    local now = os.time()
    if token_file == nil or now == read_at then return end
    read_at = now
    local file = io.open(token_file, "r")
    if file then
        local token = file:read("*l")
        file:close()
        if token and token ~= "" then headers["Authorization"] = "Bearer " .. token end
    end
end

-- Each connection waits this long before each request, so the connections together send `rate` requests a second.
local pause = math.floor(1000 * connections / rate)

function delay()
    return pause
end

function request()
    refresh_token()
    return wrk.format(method, path, headers, body)
end
