#!/usr/bin/env bash
# What distinct restaurant searches with large answers do to the API's memory (issue 23 §5, ADR 25): a stand-in
# Lunchgate (python3, loopback) answers every search and profile with a ~400 KB JSON object; the API (Release, fresh
# database, Upstreams:Mode=Http) relays them to jorge, BENCH_SEARCHES distinct searches and BENCH_PROFILES profiles;
# the API's VmRSS is sampled throughout. Reports RSS before, at the peak and after, beside the configured cache limit.
# See bench/README.md. Loopback only; every process it starts is ended on exit.
set -euo pipefail

BENCH=$(cd "$(dirname "$0")" && pwd)
ROOT=$(dirname "$BENCH")
OUT=${BENCH_OUT:-"$BENCH/out"}
API_PORT=${BENCH_API_PORT:-18720}
UPSTREAM_PORT=${BENCH_UPSTREAM_PORT:-18721}
SEARCHES=${BENCH_SEARCHES:-2000}
PROFILES=${BENCH_PROFILES:-500}
CLIENTS=${BENCH_CLIENTS:-8}
BODY_KB=${BENCH_BODY_KB:-400}
# The API's defaults are 64 MiB and 256 KiB; a 400 KB answer would then never be cached. The run lifts the per-answer
# limit so that every answer is kept and the cache's byte limit is what bounds it: the worst case for that bound.
# BENCH_MAX_CACHED=default leaves the API's own per-answer limit (nothing of 400 KB is kept).
CACHE_SIZE=${BENCH_CACHE_SIZE:-67108864}
MAX_CACHED=${BENCH_MAX_CACHED:-524288}
SETTLE_SECONDS=${BENCH_SETTLE_SECONDS:-15}
MAX_SECONDS=${BENCH_MAX_SECONDS:-900}
# What was published, for the report: another build (BENCH_OUT) is named by BENCH_LABEL.
LABEL=${BENCH_LABEL:-$(git -C "$ROOT" rev-parse --short HEAD)}

WORK=$(mktemp -d "${TMPDIR:-/tmp}/msp-cache-bench.XXXXXX")
API_PID=""
UPSTREAM_PID=""
SAMPLER_PID=""
WATCHDOG_PID=""

fail() {
    echo "cache-memory: FAILED: $*" >&2
    exit 1
}

stop() {
    local pid=$1
    if [[ -n $pid ]] && kill -0 "$pid" 2>/dev/null; then
        kill "$pid" 2>/dev/null || true
        for _ in $(seq 50); do kill -0 "$pid" 2>/dev/null || return 0; sleep 0.1; done
        kill -9 "$pid" 2>/dev/null || true
    fi
}

cleanup() {
    local status=$?
    stop "$SAMPLER_PID"
    stop "$API_PID"
    stop "$UPSTREAM_PID"
    stop "$WATCHDOG_PID"
    if [[ $status -ne 0 ]]; then
        echo "cache-memory: logs kept in $WORK" >&2
    else
        rm -rf "$WORK"
    fi
}
trap cleanup EXIT
trap 'echo "cache-memory: stopped (signal, or over BENCH_MAX_SECONDS=$MAX_SECONDS)" >&2; exit 130' INT TERM

(
    trap 'kill "$sleeper" 2>/dev/null; exit 0' TERM
    sleep "$MAX_SECONDS" &
    sleeper=$!
    wait "$sleeper" && kill -TERM $$
) >/dev/null 2>&1 &
WATCHDOG_PID=$!

port_free() { ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

rss_mib() { # pid field (VmRSS or VmHWM)
    awk -v f="$2:" '$1 == f { printf "%.0f", $2 / 1024 }' "/proc/$1/status"
}

wait_ready() { # url pid name
    for _ in $(seq 120); do
        kill -0 "$2" 2>/dev/null || fail "$3 exited during start-up; see $WORK/$3.log"
        [[ $(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "$1" || true) == 200 ]] && return 0
        sleep 0.5
    done
    fail "$3 not ready after 60 s; see $WORK/$3.log"
}

command -v python3 >/dev/null || fail "python3 is needed (the stand-in Lunchgate and the client)"
command -v curl >/dev/null || fail "curl is needed"
if [[ ${BENCH_SKIP_PUBLISH:-0} != 1 ]]; then
    echo "cache-memory: publishing (Release) to $OUT/api"
    timeout 900 dotnet publish "$ROOT/src/Msp.Api/Msp.Api.csproj" -c Release -o "$OUT/api" --nologo -v quiet
fi
[[ -x $OUT/api/Msp.Api ]] || fail "nothing published in $OUT/api"
port_free "$API_PORT" || fail "port $API_PORT is taken (set BENCH_API_PORT)"
port_free "$UPSTREAM_PORT" || fail "port $UPSTREAM_PORT is taken (set BENCH_UPSTREAM_PORT)"

# --- the stand-in Lunchgate: every GET is a usable answer of BODY_KB, its query echoed so no two are alike ----------
cat >"$WORK/lunchgate.py" <<'PY'
import http.server, json, sys, threading
port, size = int(sys.argv[1]), int(sys.argv[2]) * 1000
count, lock = 0, threading.Lock()

class Lunchgate(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def do_GET(self):
        global count
        with lock:
            count += 1
        head = json.dumps({"status": "success", "query": self.path, "restaurants": {}})[:-1] + ', "filler": "'
        body = (head + "x" * (size - len(head) - 2) + '"}').encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)
        with lock, open(sys.argv[3], "w") as counter:
            counter.write(str(count))

    def log_message(self, *args):
        pass

http.server.ThreadingHTTPServer(("127.0.0.1", port), Lunchgate).serve_forever()
PY
python3 "$WORK/lunchgate.py" "$UPSTREAM_PORT" "$BODY_KB" "$WORK/asked" >"$WORK/lunchgate.log" 2>&1 &
UPSTREAM_PID=$!

# --- the API, on a fresh database it migrates and seeds -------------------------------------------------------------
API="http://127.0.0.1:$API_PORT"
LIMIT_SETTINGS=(Upstreams__Lunchgate__CacheSizeLimit="$CACHE_SIZE")
[[ $MAX_CACHED == default ]] || LIMIT_SETTINGS+=(Upstreams__Lunchgate__MaxCachedAnswerSize="$MAX_CACHED")
mkdir -p "$WORK/outbox"
(
    cd "$OUT/api"
    # The per-user relay limit (120 a minute) would stop one user's 2,500 requests: this run measures the cache's
    # bound, so it turns the limit off (Upstreams__RequestsPerUserPerMinute=0).
    exec env ASPNETCORE_ENVIRONMENT=Production \
        ConnectionStrings__Msp="Data Source=$WORK/msp.db" \
        Database__MigrateOnStartup=true Database__SeedDemoData=true \
        Logging__LogLevel__Default=Warning \
        Auth__LoginRequestsPerMinute=0 \
        Messaging__Mode=Folder Messaging__Folder="$WORK/outbox" \
        Auth__PasswordReset__LinkBaseUrl=https://msp.bench.invalid \
        Crypter__Key="base64:$(head -c 32 /dev/urandom | base64)" \
        Upstreams__Mode=Http Upstreams__Lunchgate__BaseUrl="http://127.0.0.1:$UPSTREAM_PORT/lunchgate/" \
        Upstreams__RequestsPerUserPerMinute=0 \
        "${LIMIT_SETTINGS[@]}" \
        ./Msp.Api --urls "$API"
) >"$WORK/api.log" 2>&1 &
API_PID=$!
wait_ready "$API/health/ready" "$API_PID" api

LOGIN_JSON=$(curl -sS --max-time 30 -X POST --data-urlencode "email=jorge" --data-urlencode 'password=Jorge#2016' "$API/auth/login") \
    || fail "login request failed"
TOKEN=$(sed -n 's/.*"access_token":"\([^"]*\)".*/\1/p' <<<"$LOGIN_JSON")
[[ -n $TOKEN ]] || fail "login as jorge gave no access_token: $LOGIN_JSON"

# --- the client: a pool of CLIENTS threads sending the searches, then the profiles ----------------------------------
cat >"$WORK/client.py" <<'PY'
import collections, concurrent.futures, sys, time, urllib.error, urllib.request
api, token, searches, profiles, clients, run = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4]), int(sys.argv[5]), sys.argv[6]

def get(path):
    request = urllib.request.Request(api + path, headers={"Authorization": "Bearer " + token})
    try:
        with urllib.request.urlopen(request, timeout=30) as answer:
            answer.read()
            return answer.status
    except urllib.error.HTTPError as error:
        return error.code
    except Exception:
        return "error"

paths = [f"/getRestaurant?Keywords=k{run}-{i}" for i in range(searches)]
paths += [f"/getRestaurantProfile?Restaurant_ID={1_000_000 + i}" for i in range(profiles)]
started = time.time()
with concurrent.futures.ThreadPoolExecutor(clients) as pool:
    statuses = collections.Counter(pool.map(get, paths))
print(f"{len(paths)} requests in {time.time() - started:.1f} s: " + ", ".join(f"{s}: {n}" for s, n in sorted(statuses.items(), key=str)))
sys.exit(0 if statuses == {200: len(paths)} else 1)
PY

# Warm-up: one search, asked 20 times (one cache entry), so the relay path is compiled before "before".
for _ in $(seq 20); do
    [[ $(curl -s -o /dev/null -w '%{http_code}' --max-time 30 -H "Authorization: Bearer $TOKEN" "$API/getRestaurant?Keywords=warm-up") == 200 ]] \
        || fail "the warm-up search did not answer 200; see $WORK/api.log"
done
sleep 2
BEFORE=$(rss_mib "$API_PID" VmRSS)

( while kill -0 "$API_PID" 2>/dev/null; do echo "$(rss_mib "$API_PID" VmRSS)"; sleep 0.2; done ) >"$WORK/rss" 2>/dev/null &
SAMPLER_PID=$!
echo "cache-memory: $SEARCHES distinct searches and $PROFILES profiles of ${BODY_KB} KB, $CLIENTS at a time"
python3 "$WORK/client.py" "$API" "$TOKEN" "$SEARCHES" "$PROFILES" "$CLIENTS" "$(date +%s)" | tee "$WORK/client.out" \
    || fail "not every request answered 200: $(cat "$WORK/client.out")"
sleep "$SETTLE_SECONDS"
AFTER=$(rss_mib "$API_PID" VmRSS)
stop "$SAMPLER_PID"
SAMPLER_PID=""
PEAK=$(sort -n "$WORK/rss" | tail -1)
HWM=$(rss_mib "$API_PID" VmHWM)
ASKED=$(cat "$WORK/asked")

echo
echo "| build | cache limit | answer limit | answers | Lunchgate asked | RSS before | RSS peak (VmHWM) | RSS after ${SETTLE_SECONDS} s |"
echo "| --- | ---: | ---: | --- | ---: | ---: | ---: | ---: |"
echo "| $LABEL | $(( CACHE_SIZE / 1048576 )) MiB | $([[ $MAX_CACHED == default ]] && echo "default" || echo "$(( MAX_CACHED / 1024 )) KiB") | $(cut -d: -f2- "$WORK/client.out" | sed 's/^ //') | $ASKED | $BEFORE MiB | $PEAK MiB ($HWM) | $AFTER MiB |"
echo
echo "cache-memory: load average $(cut -d' ' -f1-3 /proc/loadavg); $(nproc) cores; dotnet $(dotnet --version)"
