# Sourced by bench/run.sh (its API, database, helpers and tokens): the soak. One paced wrk per route, together
# SOAK_RATE requests/s in the stated shares, plus SOAK_LOGINS logins a second, for SOAK_DURATION; every
# SOAK_SAMPLE_SECONDS the API's resident memory, the database's size and the rows the retention job purges are
# sampled. Afterwards it waits (up to a minute) for the outbox to drain, and soak_report prints what it saw.

# share % | token | request ("METHOD path [form body]")
SOAK_ROUTES=(
    "35|jorge|GET /getUserInfo"
    "15|jorge|GET /address/list?userID=955"
    "10|admin|GET /getBasicUserInfo?UserID=955"
    "10|admin|GET /getActiveUsers?BPID=2&offset=0&limit=100"
    "10|jorge|GET /getRestaurant?Location=Basel&Keywords=spanisch"
    "5|jorge|POST /comlite/getTerminals"
    "8|jorge|POST /address/update addressID=194&name=My%20Home"
    "5|admin|POST /email/send Email=jorge.sanchez%40casacom.ch&Subject=Soak&Message=Soak%20workload"
    "2|none|POST /auth/reset email=jorge.sanchez%40casacom.ch"
)
SOAK_SAMPLES=()
SOAK_ROWS=()
SOAK_LOOP_PID=""
SOAK_WRK_PIDS=()

soak_counts() { # rows the retention job keeps in check: pending|sent|dead outbox, reset links, tokens, sessions
    python3 - "$DB" <<'PY'
import sqlite3, sys
c = sqlite3.connect(f"file:{sys.argv[1]}?mode=ro", uri=True, timeout=10)
q = lambda sql: c.execute(sql).fetchone()[0]
print(" ".join(str(v) for v in (
    q("SELECT COUNT(*) FROM outbox WHERE status = 'pending'"), q("SELECT COUNT(*) FROM outbox WHERE status = 'sent'"),
    q("SELECT COUNT(*) FROM outbox WHERE status = 'dead'"), q("SELECT COUNT(*) FROM password_reset_tokens"),
    q("SELECT COUNT(*) FROM access_tokens"), q("SELECT COUNT(*) FROM device_sessions"))))
PY
}

soak_sample() { # elapsed seconds
    local bytes counts
    bytes=$(( $(stat -c %s "$DB") + $(stat -c %s "$DB-wal" 2>/dev/null || echo 0) ))
    counts=$(soak_counts) || counts="? ? ? ? ? ?"
    SOAK_SAMPLES+=("$1 $(rss_mib "$API_PID" VmRSS) $bytes $counts")
}

soak_tokens() { # renews jorge's and lindau.admin's tokens every minute (they live two)
    while true; do
        token_of jorge 'Jorge#2016' >"$WORK/jorge.token.new" && mv "$WORK/jorge.token.new" "$WORK/jorge.token"
        token_of lindau.admin 'Lindau#Admin1' >"$WORK/admin.token.new" && mv "$WORK/admin.token.new" "$WORK/admin.token"
        sleep 60
    done
}

soak_wrk() { # key rate connections request [token-file]
    local key=$1 rate=$2 connections=$3 request=$4 token_file=${5:-}
    BENCH_REQUEST=$request BENCH_RATE=$rate BENCH_PACED_CONNECTIONS=$connections BENCH_TOKEN_FILE=$token_file \
        timeout $(( $(seconds "$SOAK_DURATION") + 120 )) wrk -t 1 -c "$connections" -d "$SOAK_DURATION" --timeout 10s --latency \
        -s "$BENCH/paced.lua" "$API" >"$WORK/soak-$key.txt" 2>&1 &
    SOAK_WRK_PIDS+=($!)
}

soak() {
    echo "bench: soak at $SOAK_RATE req/s (+ $SOAK_LOGINS logins/s) for $SOAK_DURATION, sampling every ${SOAK_SAMPLE_SECONDS}s"
    soak_tokens &
    SOAK_LOOP_PID=$!
    for _ in $(seq 50); do [[ -s $WORK/admin.token ]] && break; sleep 0.2; done
    [[ -s $WORK/admin.token ]] || fail "the soak's token loop gave no token"

    local i=0 entry share who request rate connections
    for entry in "${SOAK_ROUTES[@]}"; do
        IFS='|' read -r share who request <<<"$entry"
        rate=$(awk -v r="$SOAK_RATE" -v s="$share" 'BEGIN { v = r * s / 100; printf "%d", v < 1 ? 1 : v }')
        connections=$(( rate / 25 + 2 ))
        soak_wrk "$i" "$rate" "$connections" "$request" "$([[ $who == none ]] || echo "$WORK/$who.token")"
        i=$(( i + 1 ))
    done
    soak_wrk login "$SOAK_LOGINS" 2 "POST /auth/login $BENCH_LOGIN_BODY"

    local started elapsed=0 total
    started=$(date +%s)
    total=$(seconds "$SOAK_DURATION")
    soak_sample 0
    while (( elapsed < total )); do
        sleep "$SOAK_SAMPLE_SECONDS"
        elapsed=$(( $(date +%s) - started ))
        kill -0 "$API_PID" 2>/dev/null || fail "the server died during the soak"
        soak_sample "$elapsed"
    done
    wait "${SOAK_WRK_PIDS[@]}" || true
    kill "$SOAK_LOOP_PID" 2>/dev/null || true

    # Drained: nothing pending once the dispatcher has had its minute.
    local pending=1
    for _ in $(seq 30); do
        pending=$(soak_counts | cut -d' ' -f1)
        [[ $pending == 0 ]] && break
        sleep 2
    done
    soak_sample "$(( $(date +%s) - started ))"
    SOAK_PENDING=$pending

    local key out label
    i=0
    for entry in "${SOAK_ROUTES[@]}" "0|none|POST /auth/login (demo.vzug)"; do
        IFS='|' read -r share who request <<<"$entry"
        key=$([[ $request == "POST /auth/login (demo.vzug)" ]] && echo login || echo "$i")
        out="$WORK/soak-$key.txt"
        label=${request%% [a-zA-Z]*=*}
        local requests rps p50 p99 non2xx errors
        requests=$(awk '/requests in/ { print $1 }' "$out")
        rps=$(awk '/^Requests\/sec:/ { print $2 }' "$out")
        p50=$(to_ms "$(awk '$1 == "50%" { print $2 }' "$out")")
        p99=$(to_ms "$(awk '$1 == "99%" { print $2 }' "$out")")
        non2xx=$(awk '/Non-2xx or 3xx responses:/ { print $NF }' "$out")
        errors=$(awk '/Socket errors:/ { gsub(",", ""); print $4 + $6 + $8 + $10 }' "$out")
        [[ -n $requests ]] || fail "no soak result for $label: $(cat "$out")"
        SOAK_ROWS+=("| $label | $requests | $rps | $p50 | $p99 | ${non2xx:-0} | ${errors:-0} |")
        i=$(( i + 1 ))
    done
}

soak_report() {
    local source="given as BENCH_SOAK_RATE"
    [[ -n ${KNEE_RPS:-} ]] && source="$SOAK_SHARE of the knee, $KNEE_RPS req/s"
    echo "## Soak: $SOAK_DURATION at $SOAK_RATE req/s ($source) plus $SOAK_LOGINS logins/s"
    echo
    echo "| route | requests | req/s | p50 ms | p99 ms | non-2xx | socket errors |"
    echo "| --- | ---: | ---: | ---: | ---: | ---: | ---: |"
    printf '%s\n' "${SOAK_ROWS[@]}"
    echo
    echo "Samples (s since start; API RSS MiB; database + WAL bytes; outbox pending, sent, dead; reset links; access tokens; sessions):"
    echo
    echo "| s | RSS MiB | db bytes | pending | sent | dead | reset links | tokens | sessions |"
    echo "| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
    local sample
    for sample in "${SOAK_SAMPLES[@]}"; do
        echo "| ${sample// / | } |"
    done
    echo
    local first=(${SOAK_SAMPLES[1]:-${SOAK_SAMPLES[0]}}) last=(${SOAK_SAMPLES[-1]})
    echo "- resident memory after the first sample (warm) ${first[1]} MiB, at the end ${last[1]} MiB:" \
        "$(awk -v a="${first[1]}" -v b="${last[1]}" 'BEGIN { printf "%+.1f%% (target < 10%%: %s)", (b - a) * 100 / a, ((b - a) * 100 / a < 10 ? "met" : "MISSED") }')"
    echo "- database + WAL from ${first[2]} to ${last[2]} bytes; outbox pending at the end: $SOAK_PENDING"
}
