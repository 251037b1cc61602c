#!/usr/bin/env bash
# The monthly billing run at scale: a fresh SQLite database with the demo data, BENCH_USERS end users (default 100,000)
# with three pending lines each in November 2026, then `Msp.Api bill --period 2026-11` (Release) timed. Prints the
# run's own line (invoices issued, seconds) and checks that every line ended on exactly one invoice.
# Needs python3 (its sqlite3 module) for the generator. Nothing but local files is touched.
set -euo pipefail

users="${BENCH_USERS:-100000}"
root="$(cd "$(dirname "$0")/.." && pwd)"
out="$root/bench/out/billing"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

dotnet publish "$root/src/Msp.Api" -c Release -o "$out" --nologo -v quiet >/dev/null
cd "$out" # the content root: appsettings.Development.json migrates and seeds
export ASPNETCORE_ENVIRONMENT=Development
export ConnectionStrings__Msp="Data Source=$work/msp.db"
export Logging__LogLevel__Default=Warning
export Billing__RunEnabled=false

# Migrates and loads the demo data (Development), billing a period that has nothing to bill.
dotnet "$out/Msp.Api.dll" bill --period 2000-01 >/dev/null

python3 - "$work/msp.db" "$users" <<'PY'
import sqlite3, sys, time
db, users = sys.argv[1], int(sys.argv[2])
started = time.time()
c = sqlite3.connect(db)
c.execute("PRAGMA journal_mode=WAL")
c.execute("""
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?)
INSERT INTO accounts (id, role_id, partner_id, username, email, password_hash, status, language_id, created_at, updated_at)
SELECT 1000000 + i, a.role_id, a.partner_id, 'bench' || i, 'bench' || i || '@example.ch', a.password_hash, 1, a.language_id,
       a.created_at, a.updated_at
FROM n, (SELECT * FROM accounts WHERE id = 1154) a""", (users,))
c.execute("""
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?),
     k(j, service, description, quantity, price, discount) AS (
         VALUES (1, 3, 'Document scanning', '2', '12.5', '1.5'),
                (2, 5, 'My Entertainment, November', '1', '19.9', '0'),
                (3, 4, 'Calls', '37', '0.0833', '0'))
INSERT INTO invoice_lines (account_id, service_id, description, quantity, price, discount, vat_rate, currency, added_by, invoice_id, created_at)
SELECT 1000000 + i, service, description, quantity, price, discount, '0.081', 'CHF', 1, NULL, '2026-11-15 10:00:00'
FROM n, k ORDER BY i, j""", (users,))
c.commit()
print(f"generated {users} users x 3 lines in {time.time() - started:.1f} s")
PY

start=$(date +%s.%N)
dotnet "$out/Msp.Api.dll" bill --period 2026-11
end=$(date +%s.%N)
echo "bill command wall time (process start included): $(echo "$end - $start" | bc) s"

python3 - "$work/msp.db" "$users" <<'PY'
import sqlite3, sys
c = sqlite3.connect(sys.argv[1]); users = int(sys.argv[2])
invoices = c.execute("SELECT COUNT(*) FROM invoices WHERE period = '2026-11' AND account_id > 1000000").fetchone()[0]
pending = c.execute("SELECT COUNT(*) FROM invoice_lines WHERE invoice_id IS NULL").fetchone()[0]
foreign = c.execute("SELECT COUNT(*) FROM invoice_lines l JOIN invoices i ON i.id = l.invoice_id WHERE i.account_id <> l.account_id").fetchone()[0]
sample = c.execute("SELECT net, vat, amount FROM invoices WHERE period = '2026-11' AND account_id > 1000000 ORDER BY id LIMIT 1").fetchone()
print(f"invoices {invoices} (expected {users}), pending lines {pending}, lines on another user's invoice {foreign}, first invoice {sample}")
sys.exit(0 if invoices == users and pending == 0 and foreign == 0 else 1)
PY
