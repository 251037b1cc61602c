#!/usr/bin/env bash
# Two API processes on one SQLite file (WAL), as two instances behind a load balancer (issue 13 §1), and what must
# hold between them: a token and a session cookie from one work on the other, a refresh token replayed on the other
# revokes the chain, wrong passwords spread over both lock the account, one client address gets one login budget
# across both, and the two outbox dispatchers write every message once. Needs curl. Exits non-zero on a failed check.
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
scratch="$(mktemp -d)"
first="http://127.0.0.1:${FIRST_PORT:-5311}"
second="http://127.0.0.1:${SECOND_PORT:-5312}"
limit=8
pids=()
cleanup() { for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; done; }
trap cleanup EXIT

start() { # url log
  ASPNETCORE_ENVIRONMENT=Development ASPNETCORE_URLS="$1" \
    ConnectionStrings__Msp="Data Source=$scratch/msp.db" Messaging__Folder="$scratch/outbox" \
    Auth__LockoutThreshold=3 Auth__LoginRequestsPerMinute=$limit Outbox__PollInterval=00:00:00.200 \
    dotnet run --no-build --no-launch-profile --project "$root/src/Msp.Api" >"$2" 2>&1 &
  pids+=($!)
  for _ in $(seq 1 120); do curl -fs "$1/health/ready" >/dev/null 2>&1 && return; sleep 0.5; done
  cat "$2" >&2; exit 1
}

failures=0
check() { # description expected actual
  if [[ "$3" == *"$2"* ]]; then echo "ok    $1"; else echo "FAIL  $1: expected $2, got $3"; failures=$((failures + 1)); fi
}
field() { sed -n "s/.*\"$1\":\"\([^\"]*\)\".*/\1/p"; }

dotnet build "$root/src/Msp.Api" -v q -nologo >/dev/null
start "$first" "$scratch/first.log"     # migrates and loads the demo data
start "$second" "$scratch/second.log"   # finds both done

login=$(curl -s -c "$scratch/cookies" -d "email=jorge&password=Jorge%232016" "$first/auth/login")
token=$(field access_token <<<"$login"); refresh=$(field refresh_token <<<"$login")
check "a token from the first works on the second" '"id":"955"' "$(curl -s "$second/getUserInfo?access_token=$token")"
check "a session cookie from the first works on the second" '"id":"955"' "$(curl -s -b "$scratch/cookies" "$second/getUserInfo")"

rotated=$(curl -s "$first/refreshToken?access_token=$token&refresh_token=$refresh")
newtoken=$(field newtoken <<<"$rotated")
check "a refresh token replayed on the second is refused" 'The refresh token is invalid.' \
  "$(curl -s "$second/refreshToken?access_token=$newtoken&refresh_token=$refresh")"
check "... and the chain is revoked on the first" 'did not match our records' "$(curl -s "$first/getUserInfo?access_token=$newtoken")"

for url in "$first" "$second" "$first"; do curl -s -o /dev/null -d "email=demo.vzug&password=wrong" "$url/auth/login"; done
check "wrong passwords over both lock the account on the second" 'Incorrect username or password.' \
  "$(curl -s -d "email=demo.vzug&password=Vzug%232016" "$second/auth/login")"

# So far 5 login requests from 127.0.0.1; the budget of $limit a minute is shared by both instances.
used=5; refused_at=""
for i in $(seq 1 $limit); do
  url=$([[ $((i % 2)) == 0 ]] && echo "$first" || echo "$second")
  status=$(curl -s -o /dev/null -w "%{http_code}" -X POST "$url/auth/login")
  used=$((used + 1))
  if [[ "$status" == 429 ]]; then refused_at=$used; break; fi
done
check "one address gets $limit login requests a minute across both" "$((limit + 1))" "$refused_at"

admin=$(field access_token <<<"$(curl -s -d "email=admin&password=Admin%232016" "$first/auth/login" || true)")
if [[ -z "$admin" ]]; then sleep 61; admin=$(field access_token <<<"$(curl -s -d "email=admin&password=Admin%232016" "$first/auth/login")"); fi
for i in $(seq 1 20); do
  url=$([[ $((i % 2)) == 0 ]] && echo "$first" || echo "$second")
  curl -s -o /dev/null -H "Authorization: Bearer $admin" -d "Email=antonio@example.ch&Subject=two-instances-$i&Message=m" "$url/email/send"
done
sleep 5
written=$(cat "$scratch/first.log" "$scratch/second.log" | grep -o "Outbox message [0-9]* (Email) written" | sort)
check "20 emails written, each once, by the two dispatchers" "20 20" "$(wc -l <<<"$written" | tr -d ' ') $(uniq <<<"$written" | wc -l | tr -d ' ')"
echo "first wrote $(grep -c "written to" "$scratch/first.log" || true), second wrote $(grep -c "written to" "$scratch/second.log" || true)"

exit $((failures > 0))
