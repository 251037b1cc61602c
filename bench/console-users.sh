#!/usr/bin/env bash
# The console's users list at 100,000 users (issue 28): a fresh SQLite database with the demo data and bench/generate.py's
# BP 3 (100,000 active end users, its admin bench.admin), the API (Release) on loopback, a console sign-in as bench.admin,
# then GET /console/users timed RUNS times (default 7) with curl: the first page, a page deep in the list (after the
# 90,000th user), a search that matches one user, and a search that matches none (scans the BP's users). Prints each
# run's seconds. Needs python3 (its sqlite3 module) and curl. Nothing but local files and a loopback port is touched.
set -euo pipefail

runs="${RUNS:-7}"
port="${BENCH_PORT:-5399}"
root="$(cd "$(dirname "$0")/.." && pwd)"
out="$root/bench/out/console"
work="$(mktemp -d)"
api=""
cleanup() { [ -n "$api" ] && kill "$api" 2>/dev/null && wait "$api" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT

dotnet publish "$root/src/Msp.Api" -c Release -o "$out" --nologo -v quiet >/dev/null
cd "$out" # the content root: appsettings.Development.json migrates and seeds
export ASPNETCORE_ENVIRONMENT=Development
export ConnectionStrings__Msp="Data Source=$work/msp.db"
export Logging__LogLevel__Default=Warning
export Billing__RunEnabled=false Outbox__Enabled=false Retention__Enabled=false

# Migrates and loads the demo data (Development) without serving, then adds the large BP.
dotnet "$out/Msp.Api.dll" bill --period 2000-01 >/dev/null
python3 "$root/bench/generate.py" "$work/msp.db" 100000 >&2

dotnet "$out/Msp.Api.dll" --urls "http://127.0.0.1:$port" >"$work/api.log" 2>&1 &
api=$!
base="http://127.0.0.1:$port"
for _ in $(seq 1 100); do curl -fs "$base/health/ready" >/dev/null 2>&1 && break; sleep 0.3; done

jar="$work/jar"
token() { grep -o 'name="__RequestVerificationToken" type="hidden" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"$//'; }
form_token=$(curl -fs -c "$jar" -b "$jar" "$base/console" | token)
status=$(curl -s -o /dev/null -w '%{http_code}' -c "$jar" -b "$jar" "$base/console" \
    --data-urlencode "email=bench.admin" --data-urlencode "password=Lindau#Admin1" --data-urlencode "__RequestVerificationToken=$form_token")
[ "$status" = 302 ] || { echo "sign-in answered $status" >&2; exit 1; }
count=$(curl -fs -b "$jar" "$base/console/users" | grep -o 'users-count">[^<]*' | sed 's/.*">//')
echo "signed in as bench.admin; the list says: $count"

time_page() { # label, path
    local label="$1" path="$2" times=()
    curl -fs -o /dev/null -b "$jar" "$base$path" # one warm-up request (compiled views, prepared statements)
    for _ in $(seq 1 "$runs"); do
        times+=("$(curl -fs -o /dev/null -w '%{time_total}' -b "$jar" "$base$path")")
    done
    echo "$label: ${times[*]} s"
}
time_page "first page" "/console/users"
time_page "after user 90,000" "/console/users?status=1&after=3090001"
time_page "search, one match" "/console/users?q=bench99999%40"
time_page "search, no match" "/console/users?q=nobody-has-this"
