-- wrk script for the mixed workloads (bench/run.sh sets the variables). Each wrk thread walks the same cycle of
-- requests, so every connection sends the mix in the stated proportions:
--   reads:  getUserInfo x6, address/list x2, getBasicUserInfo x2, getActiveUsers x2 (12 requests)
--   writes: the reads + POST /address/update + POST /email/send (14 requests: 1 in 7 writes)
--   logins: the writes, and every BENCH_LOGIN_EVERY-th cycle one POST /auth/login
-- The tokens are jorge's (end user, BP 2) and lindau.admin's (partner admin of BP 2).
local jorge = "Bearer " .. os.getenv("BENCH_JORGE_TOKEN")
local admin = "Bearer " .. os.getenv("BENCH_ADMIN_TOKEN")
local mix = os.getenv("BENCH_MIX") or "reads"
local login_every = tonumber(os.getenv("BENCH_LOGIN_EVERY") or "10")
local form = "application/x-www-form-urlencoded"

local function get(path, token)
    return { method = "GET", path = path, headers = { ["Authorization"] = token } }
end

local function post(path, token, body)
    return { method = "POST", path = path, body = body, headers = { ["Authorization"] = token, ["Content-Type"] = form } }
end

local cycle = {
    get("/getUserInfo", jorge),
    get("/address/list?userID=955", jorge),
    get("/getUserInfo", admin),
    get("/getBasicUserInfo?UserID=955", admin),
    get("/getUserInfo", jorge),
    post("/getActiveUsers", admin, "BPID=2"),
    get("/getUserInfo", admin),
    get("/address/list?userID=955", admin),
    get("/getUserInfo", jorge),
    get("/getBasicUserInfo?UserID=955", jorge),
    get("/getUserInfo", admin),
    post("/getActiveUsers", admin, "BPID=2&offset=0&limit=10"),
}

if mix ~= "reads" then
    table.insert(cycle, 7, post("/address/update", jorge, "addressID=194&name=My%20Home"))
    table.insert(cycle, post("/email/send", admin, "Email=jorge.sanchez%40casacom.ch&Subject=Bench&Message=Mixed%20workload"))
end

local login = { method = "POST", path = "/auth/login", body = os.getenv("BENCH_LOGIN_BODY"), headers = { ["Content-Type"] = form } }
local position = 0
local cycles = 0

function request()
    if position == #cycle then
        position = 0
        cycles = cycles + 1
        if mix == "logins" and cycles % login_every == 0 then
            return wrk.format(login.method, login.path, login.headers, login.body)
        end
    end
    position = position + 1
    local r = cycle[position]
    return wrk.format(r.method, r.path, r.headers, r.body)
end
