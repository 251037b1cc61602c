#!/usr/bin/env bash
# Load test of getUserInfo (API against the no-layers floor), login and the mixed read/write workloads, on loopback
# only. See bench/README.md.
set -euo pipefail

BENCH=$(cd "$(dirname "$0")" && pwd)
ROOT=$(dirname "$BENCH")
OUT=${BENCH_OUT:-"$BENCH/out"}

DURATION=${BENCH_DURATION:-20s}
WARMUP=${BENCH_WARMUP:-10s}
ROUNDS=${BENCH_ROUNDS:-3}
MIX_ROUNDS=${BENCH_MIX_ROUNDS:-$ROUNDS}
CONNECTIONS=${BENCH_CONNECTIONS:-32}
THREADS=${BENCH_THREADS:-2}
LOGIN_CONNECTIONS=${BENCH_LOGIN_CONNECTIONS:-"$CONNECTIONS 8"}
API_PORT=${BENCH_API_PORT:-18710}
FLOOR_PORT=${BENCH_FLOOR_PORT:-18711}
LOGIN=${BENCH_LOGIN:-demo.vzug}
PASSWORD=${BENCH_PASSWORD:-Vzug#2016}
MAX_SECONDS=${BENCH_MAX_SECONDS:-1800}
SCENARIOS=${BENCH_SCENARIOS:-"getuserinfo login mixed"}
MIX_CONNECTIONS=${BENCH_MIX_CONNECTIONS:-16}
MIXES=${BENCH_MIXES:-"reads writes logins"}
export BENCH_LOGIN_EVERY=${BENCH_LOGIN_EVERY:-10}
RAMP_STEPS=${BENCH_RAMP_STEPS:-"2 4 8 16 32 64"}
RAMP_DURATION=${BENCH_RAMP_DURATION:-10s}
SOAK_DURATION=${BENCH_SOAK_DURATION:-10m}
SOAK_SHARE=${BENCH_SOAK_SHARE:-0.8}
SOAK_RATE=${BENCH_SOAK_RATE:-}
SOAK_LOGINS=${BENCH_SOAK_LOGINS:-2}
SOAK_SAMPLE_SECONDS=${BENCH_SOAK_SAMPLE_SECONDS:-30}

API_PID=""
FLOOR_PID=""
WATCHDOG_PID=""
WORK=$(mktemp -d "${TMPDIR:-/tmp}/msp-bench.XXXXXX")
# The folder transport stands in for the SMTP relay: one file per email. On a disk each new file costs the kernel
# more (ext4 inode allocation, about 0.7 ms of CPU here) than the request that queued the email, so by default the
# files go to memory (/dev/shm) and the mixes measure the platform, not the file system (bench/README.md).
if [[ -n ${BENCH_MAIL_FOLDER:-} ]]; then
    MAIL_FOLDER=$BENCH_MAIL_FOLDER
elif [[ -d /dev/shm && -w /dev/shm ]]; then
    MAIL_FOLDER=$(mktemp -d /dev/shm/msp-bench-mail.XXXXXX)
else
    MAIL_FOLDER="$WORK/outbox"
fi
mkdir -p "$MAIL_FOLDER"
MAIL_FOLDER_KIND="$MAIL_FOLDER ($(df --output=fstype "$MAIL_FOLDER" | tail -1))"

fail() {
    echo "bench: FAILED: $*" >&2
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
    stop "$API_PID"
    stop "$FLOOR_PID"
    stop "$WATCHDOG_PID"
    [[ -n ${SOAK_LOOP_PID:-} ]] && stop "$SOAK_LOOP_PID"
    [[ -z ${BENCH_MAIL_FOLDER:-} && $MAIL_FOLDER == /dev/shm/* ]] && rm -rf "$MAIL_FOLDER"
    if [[ $status -ne 0 && -d $WORK ]]; then
        echo "bench: logs kept in $WORK" >&2
    else
        rm -rf "$WORK"
    fi
}
trap cleanup EXIT
trap 'echo "bench: stopped (signal, or over BENCH_MAX_SECONDS=$MAX_SECONDS)" >&2; exit 130' INT TERM

# The whole run is bounded: past MAX_SECONDS the script stops itself (and the trap ends what it started).
# Its sleep is ended with it, and it holds no output open (a pipe reading this script would wait for it).
(
    trap 'kill "$sleeper" 2>/dev/null; exit 0' TERM
    sleep "$MAX_SECONDS" &
    sleeper=$!
    wait "$sleeper" && kill -TERM $$
) >/dev/null 2>&1 &
WATCHDOG_PID=$!

seconds() { # wrk durations: 20s, 2m, 1h, or plain seconds
    local value=$1
    case $value in
        *s) echo "${value%s}" ;;
        *m) echo $(( ${value%m} * 60 )) ;;
        *h) echo $(( ${value%h} * 3600 )) ;;
        *) echo "$value" ;;
    esac
}

to_ms() { # a wrk latency (950.00us, 1.23ms, 2.00s, 1.00m) in milliseconds
    awk -v v="$1" 'BEGIN {
        n = v + 0
        if (v ~ /us$/) n /= 1000; else if (v ~ /ms$/) n = n; else if (v ~ /m$/) n *= 60000; else if (v ~ /s$/) n *= 1000
        printf "%.2f", n
    }'
}

port_free() { ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

wait_ready() { # url pid name [expected status]
    for _ in $(seq 120); do
        kill -0 "$2" 2>/dev/null || fail "$3 exited during start-up; see $WORK/$3.log"
        [[ $(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "$1" || true) == "${4:-200}" ]] && return 0
        sleep 0.5
    done
    fail "$3 not ready after 60 s; see $WORK/$3.log"
}

urlencode() { # as a form body carries it
    local LC_ALL=C text=$1 i c
    for (( i = 0; i < ${#text}; i++ )); do
        c=${text:i:1}
        case $c in
            [a-zA-Z0-9.~_-]) printf %s "$c" ;;
            *) printf '%%%02X' "'$c" ;;
        esac
    done
}

cpu_ticks() { # user + system CPU of a process so far, in clock ticks
    sed 's/^.*) //' "/proc/$1/stat" | awk '{ print $12 + $13 }'
}

rss_mib() { # pid field (VmRSS or VmHWM)
    awk -v f="$2:" '$1 == f { printf "%.0f", $2 / 1024 }' "/proc/$1/status"
}

# --- tools and builds ---------------------------------------------------------------------------------------------
if ! command -v wrk >/dev/null; then
    echo "bench: installing wrk"
    apt-get update -qq && apt-get install -y -qq wrk >/dev/null
fi
command -v curl >/dev/null || fail "curl is needed"

if [[ ${BENCH_SKIP_PUBLISH:-0} != 1 ]]; then
    echo "bench: publishing (Release) to $OUT"
    timeout 900 dotnet publish "$ROOT/src/Msp.Api/Msp.Api.csproj" -c Release -o "$OUT/api" --nologo -v quiet
    timeout 900 dotnet publish "$BENCH/Msp.Bench.Floor/Msp.Bench.Floor.csproj" -c Release -o "$OUT/floor" --nologo -v quiet
fi
[[ -x $OUT/api/Msp.Api && -x $OUT/floor/Msp.Bench.Floor ]] || fail "nothing published in $OUT"

port_free "$API_PORT" || fail "port $API_PORT is taken (set BENCH_API_PORT)"
port_free "$FLOOR_PORT" || fail "port $FLOOR_PORT is taken (set BENCH_FLOOR_PORT)"

# --- the API, on a fresh database it migrates and seeds ----------------------------------------------------------
DB="$WORK/msp.db"
# The soak makes what the retention job purges age within minutes (tokens, sent emails, reset links), so that it
# shows whether the database stops growing (sent emails are kept an hour at least: the email quota counts them); its bearer tokens are renewed by a login loop for the same reason.
SOAK_SETTINGS=()
if [[ " $SCENARIOS " == *" soak "* ]]; then
    SOAK_SETTINGS=(Auth__AccessTokenLifetime=00:02:00 Auth__RefreshTokenLifetime=00:02:00 Auth__PasswordReset__LinkLifetime=00:01:00
        Retention__Interval=00:00:20 Retention__ResetLinks=00:01:00 Retention__ExpiredTokens=00:01:00
        Upstreams__Mode=Sandbox)
fi
API="http://127.0.0.1:$API_PORT"
FLOOR="http://127.0.0.1:$FLOOR_PORT"
(
    cd "$OUT/api"
    exec env ASPNETCORE_ENVIRONMENT=Production \
        ConnectionStrings__Msp="Data Source=$DB" \
        Database__MigrateOnStartup=true Database__SeedDemoData=true \
        Logging__LogLevel__Default=Warning \
        Auth__LoginRequestsPerMinute=0 Auth__LockoutThreshold=0 \
        Messaging__Mode=Folder Messaging__Folder="$MAIL_FOLDER" \
        Auth__PasswordReset__LinkBaseUrl=https://msp.bench.invalid Messaging__EmailQuota__PerAccountPerHour=0 \
        Crypter__Key="base64:$(head -c 32 /dev/urandom | base64)" \
        "${SOAK_SETTINGS[@]}" \
        ./Msp.Api --urls "$API"
) >"$WORK/api.log" 2>&1 &
API_PID=$!
wait_ready "$API/health/ready" "$API_PID" api

LOGIN_JSON=$(curl -sS --max-time 30 -X POST --data-urlencode "email=$LOGIN" --data-urlencode "password=$PASSWORD" "$API/auth/login") \
    || fail "login request failed"
TOKEN=$(sed -n 's/.*"access_token":"\([^"]*\)".*/\1/p' <<<"$LOGIN_JSON")
[[ -n $TOKEN ]] || fail "login as $LOGIN gave no access_token: $LOGIN_JSON"
BENCH_LOGIN_BODY="email=$(urlencode "$LOGIN")&password=$(urlencode "$PASSWORD")"
export BENCH_LOGIN_BODY

# --- the floor, on the same database file -------------------------------------------------------------------------
(
    cd "$OUT/floor"
    exec env ASPNETCORE_ENVIRONMENT=Production ConnectionStrings__Msp="Data Source=$DB" Logging__LogLevel__Default=Warning \
        ./Msp.Bench.Floor --urls "$FLOOR"
) >"$WORK/floor.log" 2>&1 &
FLOOR_PID=$!
wait_ready "$FLOOR/floor/getUserInfo" "$FLOOR_PID" floor 401

# Both must give the same body for the same token, or the comparison means nothing (getUserInfo answers a bad
# token with 200 too, so a status check alone would not notice).
AUTH="Authorization: Bearer $TOKEN"
curl -fsS --max-time 10 -H "$AUTH" "$API/getUserInfo" >"$WORK/api-body.json"
curl -fsS --max-time 10 -H "$AUTH" "$FLOOR/floor/getUserInfo" >"$WORK/floor-body.json"
grep -q '"user_info"' "$WORK/api-body.json" || fail "API getUserInfo did not answer a profile: $(head -c 300 "$WORK/api-body.json")"
cmp -s "$WORK/api-body.json" "$WORK/floor-body.json" \
    || fail "API and floor bodies differ: $(diff <(tr ',' '\n' <"$WORK/api-body.json") <(tr ',' '\n' <"$WORK/floor-body.json") | head -20)"

# --- load -----------------------------------------------------------------------------------------------------------
RUN_SECONDS=$(seconds "$DURATION")
ROWS=()
declare -A RPS P99 CPU
CLOCK_HZ=$(getconf CLK_TCK)

measure() { # key label url connections pid [wrk args...]; warm-up is a separate, unrecorded run
    local key=$1 label=$2 url=$3 connections=$4 pid=$5
    shift 5
    local threads=$(( THREADS < connections ? THREADS : connections ))
    local out="$WORK/$key.txt"
    echo "bench: $label, $connections connections, $DURATION"
    local cpu_before
    cpu_before=$(cpu_ticks "$pid")
    timeout $(( RUN_SECONDS + 60 )) wrk -t "$threads" -c "$connections" -d "$DURATION" --timeout 10s --latency "$@" "$url" >"$out" \
        || fail "wrk failed for $label: $(cat "$out")"
    kill -0 "$pid" 2>/dev/null || fail "the server died during $label"
    local cpu_ticks_used=$(( $(cpu_ticks "$pid") - cpu_before ))

    local requests rps p50 p99 non2xx errors
    requests=$(awk '/requests in/ { print $1 }' "$out")
    rps=$(awk '/^Requests\/sec:/ { print $2 }' "$out")
    p50=$(to_ms "$(awk '$1 == "50%" { print $2 }' "$out")")
    p99=$(to_ms "$(awk '$1 == "99%" { print $2 }' "$out")")
    non2xx=$(awk '/Non-2xx or 3xx responses:/ { print $NF }' "$out")
    non2xx=${non2xx:-0}
    errors=$(awk '/Socket errors:/ { gsub(",", ""); print $4 + $6 + $8 + $10 }' "$out")
    errors=${errors:-0}
    [[ -n $rps && ${requests:-0} -gt 0 ]] || fail "no requests measured for $label: $(cat "$out")"
    [[ $non2xx -eq 0 ]] || fail "$label: $non2xx non-2xx answers out of $requests"
    [[ $errors -eq 0 ]] || fail "$label: socket errors: $(grep 'Socket errors' "$out")"

    # CPU per request counts only the server's own time, so it moves far less than req/s when other work shares the cores.
    local cpu_us
    cpu_us=$(awk -v t="$cpu_ticks_used" -v hz="$CLOCK_HZ" -v n="$requests" 'BEGIN { printf "%.0f", t / hz * 1e6 / n }')
    RPS[$key]=$rps
    P99[$key]=$p99
    CPU[$key]=$cpu_us
    ROWS+=("| $label | $connections | $requests | $rps | $p50 | $p99 | $non2xx | $cpu_us | $(rss_mib "$pid" VmRSS) | $(rss_mib "$pid" VmHWM) |")
}

warm() { # url [wrk args...]
    local url=$1
    shift
    timeout $(( $(seconds "$WARMUP") + 60 )) wrk -t "$THREADS" -c "$CONNECTIONS" -d "$WARMUP" --timeout 10s "$@" "$url" >/dev/null
}

settle() { # pid: wait (at most 10 s) until the server is idle, e.g. done with requests wrk gave up on
    local before
    for _ in $(seq 20); do
        before=$(cpu_ticks "$1")
        sleep 0.5
        (( $(cpu_ticks "$1") - before <= CLOCK_HZ / 50 )) && return 0
    done
    return 0
}

wants() { [[ " $SCENARIOS " == *" $1 "* ]]; }

token_of() { # login password: an access token, by a real login
    local json token
    json=$(curl -sS --max-time 30 -X POST --data-urlencode "email=$1" --data-urlencode "password=$2" "$API/auth/login") \
        || fail "login request for $1 failed"
    token=$(sed -n 's/.*"access_token":"\([^"]*\)".*/\1/p' <<<"$json")
    [[ -n $token ]] || fail "login as $1 gave no access_token: $json"
    echo "$token"
}

pair_ratios() { # numerator-prefix denominator-prefix rounds: each round's req/s ratio (run back to back), then the median
    local round ratios=()
    for round in $(seq "$3"); do
        ratios+=("$(awk -v n="${RPS[$1$round]}" -v d="${RPS[$2$round]}" 'BEGIN { printf "%.2f", n / d }')")
    done
    echo -n "${ratios[*]}"
    printf '%s\n' "${ratios[@]}" | sort -g | awk '{ v[NR] = $1 } END { printf ", median %.2f", NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

best() { # prefix array-name max|min: the best value over the rounds
    local prefix=$1 mode=$3 key
    local -n values=$2
    for key in "${!values[@]}"; do
        if [[ $key =~ ^$prefix[0-9]+$ ]]; then echo "${values[$key]}"; fi
    done | sort -g | if [[ $mode == max ]]; then tail -1; else head -1; fi
}

# shellcheck source=bench/soak.sh
source "$BENCH/soak.sh"

LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
if wants getuserinfo; then
    echo "bench: warming up ($WARMUP each)"
    warm "$API/getUserInfo" -H "$AUTH"
    warm "$FLOOR/floor/getUserInfo" -H "$AUTH"
    # API and floor take turns, so a burst of outside load hits both alike; the summary takes each one's best round.
    for round in $(seq "$ROUNDS"); do
        settle "$API_PID"
        measure "api$round" "API getUserInfo #$round" "$API/getUserInfo" "$CONNECTIONS" "$API_PID" -H "$AUTH"
        settle "$FLOOR_PID"
        measure "floor$round" "floor getUserInfo #$round" "$FLOOR/floor/getUserInfo" "$CONNECTIONS" "$FLOOR_PID" -H "$AUTH"
    done
fi
# The mixes (reads, then reads with writes, then with logins too): writers share SQLite's one write lock, and this
# is what shows whether they wait for it in order or sleep in a busy back-off (ADR 14).
if wants mixed; then
    BENCH_JORGE_TOKEN=$(token_of jorge 'Jorge#2016')
    BENCH_ADMIN_TOKEN=$(token_of lindau.admin 'Lindau#Admin1')
    export BENCH_JORGE_TOKEN BENCH_ADMIN_TOKEN
    # Warm up on reads: a warm-up with writes would leave the outbox a backlog to send during the reads run.
    BENCH_MIX=reads warm "$API/" -s "$BENCH/mixed.lua"
    # The mixes take turns too, round after round, and the summary takes each one's best round: a single run of
    # each moved the writes/reads ratio between 0.78 and 0.93 on one quiet machine with nothing changed.
    for round in $(seq "$MIX_ROUNDS"); do
        for mix in $MIXES; do
            settle "$API_PID"
            BENCH_MIX=$mix measure "mix_$mix$round" "API mix: $mix #$round" "$API/" "$MIX_CONNECTIONS" "$API_PID" -s "$BENCH/mixed.lua"
        done
    done
fi
# The paged lists (issue 8): the first page of each on the demo data, then on a BP of 100,000 users and 20,000 flats
# (bench/generate.py, added to the same database) the first page and one deep in the list, each alone.
paged_lists() { # prefix token bpid "label offset …"
    local prefix=$1 token=$2 bpid=$3 entry list offset
    shift 3
    for entry in "$@"; do
        read -r list offset <<<"$entry"
        local url="$API/$list?BPID=$bpid&offset=$offset&limit=100"
        curl -fsS --max-time 30 -H "Authorization: Bearer $token" "$url" >/dev/null || fail "$list at offset $offset did not answer 200"
        warm "$url" -H "Authorization: Bearer $token"
        settle "$API_PID"
        measure "${prefix}_${list//\//_}_$offset" "$list BP $bpid offset $offset" "$url" "$MIX_CONNECTIONS" "$API_PID" -H "Authorization: Bearer $token"
    done
}
if wants paged; then
    command -v python3 >/dev/null || fail "python3 is needed for bench/generate.py"
    paged_lists demo "$(token_of lindau.admin 'Lindau#Admin1')" 2 "getActiveUsers 0" "flat/listAvailable 0" "residence/listFull 0"
    python3 "$BENCH/generate.py" "$DB" | sed 's/^/bench: /'
    paged_lists big "$(token_of bench.admin 'Lindau#Admin1')" 3 "getActiveUsers 0" "getActiveUsers 90000" \
        "flat/listAvailable 0" "flat/listAvailable 9900" "flat/listOccupied 0" "flat/listOccupied 9900" "residence/listFull 0" "residence/listFull 25"
fi
# The ramp: the writes mix at rising connection counts, to find the knee (where requests/s stop rising).
KNEE_RPS=""
if wants ramp || { wants soak && [[ -z $SOAK_RATE ]]; }; then
    BENCH_JORGE_TOKEN=${BENCH_JORGE_TOKEN:-$(token_of jorge 'Jorge#2016')}
    BENCH_ADMIN_TOKEN=${BENCH_ADMIN_TOKEN:-$(token_of lindau.admin 'Lindau#Admin1')}
    export BENCH_JORGE_TOKEN BENCH_ADMIN_TOKEN
    BENCH_MIX=reads warm "$API/" -s "$BENCH/mixed.lua"
    saved_duration=$DURATION
    DURATION=$RAMP_DURATION RUN_SECONDS=$(seconds "$RAMP_DURATION")
    for connections in $RAMP_STEPS; do
        settle "$API_PID"
        BENCH_MIX=writes measure "ramp$connections" "ramp: writes mix" "$API/" "$connections" "$API_PID" -s "$BENCH/mixed.lua"
    done
    DURATION=$saved_duration RUN_SECONDS=$(seconds "$DURATION")
    KNEE_RPS=$(best ramp RPS max)
fi
if wants soak; then
    SOAK_RATE=${SOAK_RATE:-$(awk -v k="$KNEE_RPS" -v s="$SOAK_SHARE" 'BEGIN { printf "%d", k * s }')}
    soak
fi
# Login last: each one writes rows. A run ends with logins in flight that the server still hashes, so wait them out.
if wants login; then
    warm "$API/auth/login" -s "$BENCH/login.lua"
    for connections in $LOGIN_CONNECTIONS; do
        settle "$API_PID"
        measure "login$connections" "API login" "$API/auth/login" "$connections" "$API_PID" -s "$BENCH/login.lua"
    done
fi
LOAD_AFTER=$(cut -d' ' -f1-3 /proc/loadavg)

# --- report ---------------------------------------------------------------------------------------------------------
if wants getuserinfo; then
    API_RPS=$(best api RPS max)
    FLOOR_RPS=$(best floor RPS max)
    API_P99=$(best api P99 min)
    RATIO=$(awk -v a="$API_RPS" -v f="$FLOOR_RPS" 'BEGIN { printf "%.2f", a / f }')
    CPU_RATIO=$(awk -v a="$(best api CPU min)" -v f="$(best floor CPU min)" 'BEGIN { printf "%.2f", f / a }')
    PAIRS=$(pair_ratios api floor "$ROUNDS")
    PAIRS_MEDIAN=$(sed 's/.*, median //' <<<"$PAIRS")
    RATIO_OK=$(awk -v r="$PAIRS_MEDIAN" 'BEGIN { print (r >= 0.8 ? "met" : "MISSED") }')
    P99_OK=$(awk -v p="$API_P99" 'BEGIN { print (p <= 15 ? "met" : "MISSED") }')
fi
if wants mixed && [[ -n ${RPS[mix_reads1]:-} && -n ${RPS[mix_writes1]:-} ]]; then
    MIX_READS_RPS=$(best mix_reads RPS max)
    MIX_WRITES_RPS=$(best mix_writes RPS max)
    MIX_WRITES_P99=$(best mix_writes P99 min)
    MIX_RATIO=$(awk -v w="$MIX_WRITES_RPS" -v r="$MIX_READS_RPS" 'BEGIN { printf "%.2f", w / r }')
    MIX_CPU_RATIO=$(awk -v w="$(best mix_writes CPU min)" -v r="$(best mix_reads CPU min)" 'BEGIN { printf "%.2f", r / w }')
    MIX_PAIRS=$(pair_ratios mix_writes mix_reads "$MIX_ROUNDS")
    MIX_PAIRS_MEDIAN=$(sed 's/.*, median //' <<<"$MIX_PAIRS")
    MIX_RATIO_OK=$(awk -v r="$MIX_PAIRS_MEDIAN" 'BEGIN { print (r >= 0.9 ? "met" : "MISSED") }')
    MIX_P99_OK=$(awk -v p="$MIX_WRITES_P99" 'BEGIN { print (p <= 25 ? "met" : "MISSED") }')
fi
STAMP=$(date -u +%Y%m%dT%H%M%SZ)
mkdir -p "$BENCH/results"
REPORT="$BENCH/results/$STAMP.md"
{
    echo "# MSP API benchmark, $STAMP"
    echo
    echo "Commit $(git -C "$ROOT" rev-parse --short HEAD)$(git -C "$ROOT" diff --quiet HEAD -- src bench 2>/dev/null || echo ' (with local changes)');" \
        "$(nproc) cores; dotnet $(dotnet --version); $(wrk --version 2>&1 | head -1 | cut -d' ' -f1-2)."
    echo "wrk: $THREADS threads, $DURATION per run after a $WARMUP warm-up of each target; load average before/after: $LOAD_BEFORE / $LOAD_AFTER."
    echo
    echo "| scenario | connections | requests | req/s | p50 ms | p99 ms | non-2xx | server CPU µs/req | RSS MiB | peak RSS MiB |"
    echo "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
    printf '%s\n' "${ROWS[@]}"
    echo
    echo "Server CPU is the serving process's user + system time during the run divided by its requests. RSS is its"
    echo "VmRSS after the run and VmHWM (peak) so far; the API's rows are one process."
    echo
    if wants getuserinfo; then
        echo "getUserInfo in $ROUNDS rounds, API and floor back to back in each, so a drift in the machine's speed hits both:"
        echo
        echo "- API/floor req/s round by round: ${PAIRS%, median *}, median **$PAIRS_MEDIAN** (target ≥ 0.80: $RATIO_OK)"
        echo "- best rounds: API $API_RPS, floor $FLOOR_RPS req/s ($RATIO); by server CPU per request (floor/API): $CPU_RATIO"
        echo "- getUserInfo API p99 at $CONNECTIONS connections, best round: **$API_P99 ms** (target ≤ 15 ms: $P99_OK)"
    fi
    if [[ -n ${MIX_RATIO:-} ]]; then
        echo "- mixes at $MIX_CONNECTIONS connections (bench/mixed.lua) in $MIX_ROUNDS rounds, each mix back to back in each:" \
            "writes/reads req/s round by round: ${MIX_PAIRS%, median *}, median **$MIX_PAIRS_MEDIAN** (target ≥ 0.90: $MIX_RATIO_OK);" \
            "best rounds: reads $MIX_READS_RPS, writes $MIX_WRITES_RPS req/s ($MIX_RATIO); by server CPU per request (reads/writes):" \
            "$MIX_CPU_RATIO; writes p99, best round: **$MIX_WRITES_P99 ms** (target ≤ 25 ms: $MIX_P99_OK);" \
            "the logins mix adds one login per $BENCH_LOGIN_EVERY cycles; emails are written to $MAIL_FOLDER_KIND"
    fi
    if wants paged; then
        echo "- paged lists at $MIX_CONNECTIONS connections, limit 100 (rows \"… BP 3 …\": 100,000 users, 20,000 flats; deep page / first page by server CPU per request):"
        for pair in "getActiveUsers 90000" "flat/listAvailable 9900" "flat/listOccupied 9900" "residence/listFull 25"; do
            read -r list offset <<<"$pair"
            first="big_${list//\//_}_0" deep="big_${list//\//_}_$offset"
            echo "  - $list: offset $offset costs $(awk -v d="${CPU[$deep]}" -v f="${CPU[$first]}" 'BEGIN { printf "%.2f", d / f }')× the first page" \
                "(target ≤ 1.5); p99 first ${P99[$first]} ms, deep ${P99[$deep]} ms (target < 25 ms)"
        done
    fi
    if wants ramp || wants soak; then
        [[ -n $KNEE_RPS ]] && echo "- ramp (writes mix, connections $RAMP_STEPS, $RAMP_DURATION each): knee **$KNEE_RPS req/s**"
    fi
    if wants soak; then
        echo
        soak_report
        echo
    fi
    if wants login || [[ " $MIXES " == *" logins "* ]]; then
        echo "- login is bound by PBKDF2 (HMAC-SHA512, 100,000 iterations) per request"
    fi
} >"$REPORT"
echo
cat "$REPORT"
echo
echo "bench: written to ${REPORT#"$ROOT"/}"
