#!/usr/bin/env python3
"""A large business partner in an MSP database, for bench/run.sh's paged lists (issue 8).

    python3 bench/generate.py <msp.db> [users] [flats] [buildings] [residences]

Adds BP 3 "Bench Immobilien" with its partner admin bench.admin (password Lindau#Admin1, lindau.admin's hash), and by
default 100,000 active end users, each with one address and its devices (an ISG and an SMB box, unique MACs in the
canonical form), 50 residences of 10 buildings of 40 flats (20,000 flats), every second flat occupied by a user's
address. The database must be migrated and hold the demo data (the API does both on a fresh file). Pure SQL through
python3's sqlite3, so it needs nothing but python3; prints what it made and how long it took.
"""
import sqlite3
import sys
import time

db = sys.argv[1]
users, flats, buildings, residences = (int(a) for a in (sys.argv[2:] + ["100000", "20000", "500", "50"][len(sys.argv) - 2:])[:4])
if users < flats // 2 or flats % buildings or buildings % residences:
    sys.exit("users must cover half the flats; flats a multiple of buildings, buildings of residences")

BP, ADMIN, FIRST_USER = 3, 3000000, 3000001
NOW = "2026-11-01 08:00:00"
started = time.time()
c = sqlite3.connect(db)
c.execute("PRAGMA journal_mode=WAL")
c.execute("PRAGMA synchronous=OFF")
if c.execute("SELECT COUNT(*) FROM business_partners WHERE id = ?", (BP,)).fetchone()[0]:
    sys.exit(f"{db} already has BP {BP}")

c.execute("INSERT INTO business_partners (id, company, name, created_at, updated_at) VALUES (?, 'bench', 'Bench Immobilien', ?, ?)", (BP, NOW, NOW))
c.execute("INSERT INTO partner_branding (partner_id) VALUES (?)", (BP,))
c.execute("""
INSERT INTO accounts (id, role_id, partner_id, username, email, password_hash, name, lastname, status, language_id, created_at, updated_at)
SELECT ?, role_id, ?, 'bench.admin', 'admin@bench.example', password_hash, 'Bench', 'Admin', 1, language_id, ?, ?
FROM accounts WHERE username = 'lindau.admin'""", (ADMIN, BP, NOW, NOW))
c.execute("""
WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < ? - 1)
INSERT INTO accounts (id, role_id, partner_id, username, email, password_hash, name, lastname, telephone, status, language_id, created_at, updated_at)
SELECT ? + i, e.role_id, ?, 'bench' || i, 'bench' || i || '@example.ch', e.password_hash, 'Resident', 'Nr. ' || i,
       '+4144' || printf('%07d', i), 1, e.language_id, ?, ?
FROM n, (SELECT role_id, password_hash, language_id FROM accounts WHERE username = 'jorge') e""", (users, FIRST_USER, BP, NOW, NOW))



def first_id(table):
    """The BP's rows of a table are inserted in one statement, so their ids run on from the first."""
    return c.execute(f"SELECT MIN(id) FROM {table} WHERE partner_id = ?", (BP,)).fetchone()[0]


c.execute("""
WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < ? - 1)
INSERT INTO residences (partner_id, residence_number, name, postcode, city, created_at, updated_at)
SELECT ?, printf('B-%03d', i), 'Siedlung ' || i, '8400', 'Winterthur', ?, ? FROM n""", (residences, BP, NOW, NOW))
c.execute("""
WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < ? - 1)
INSERT INTO buildings (partner_id, residence_id, name, street_name, street_number, created_at, updated_at)
SELECT ?, ? + n.i / ?, 'Haus ' || (n.i % ?), 'Bahnhofstrasse', CAST(n.i + 1 AS TEXT), ?, ?
FROM n ORDER BY n.i""", (buildings, BP, first_id("residences"), buildings // residences, buildings // residences, NOW, NOW))
c.execute("""
WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < ? - 1)
INSERT INTO flats (partner_id, building_id, country, state, city, street_name, street_number, postcode, floor, apartment_number, letter, code, size, created_at, updated_at)
SELECT ?, ? + n.i / ?, 'CH', 'ZH', 'Winterthur', 'Bahnhofstrasse', CAST(n.i / ? + 1 AS TEXT), '8400', (n.i % ?) / 4, n.i % ?, '',
       printf('F-%05d', n.i), 70, ?, ?
FROM n ORDER BY n.i""", (flats, BP, first_id("buildings"), flats // buildings, flats // buildings, flats // buildings, flats // buildings, NOW, NOW))

# One address per user with its ISG and SMB box; users 0, 1, 2 … live in the BP's flats 0, 2, 4 … (every second one).
c.execute("""
WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < ? - 1)
INSERT INTO addresses (account_id, name, street_address, street_number, postcode, city, country_iso, billing, installation,
                       isg_mac, isg_ip, smb1_mac, oto, flat_id, building_id, created_at, updated_at)
SELECT ? + n.i, 'Home', 'Bahnhofstrasse', '1', '8400', 'Winterthur', 'CH', 1, 1,
       printf('02:00:%02X:%02X:%02X:01', (n.i >> 16) & 255, (n.i >> 8) & 255, n.i & 255),
       printf('10.%d.%d.%d', (n.i >> 16) & 255, (n.i >> 8) & 255, n.i & 255),
       printf('02:00:%02X:%02X:%02X:02', (n.i >> 16) & 255, (n.i >> 8) & 255, n.i & 255),
       'OTO-B' || n.i, CASE WHEN n.i * 2 < ? THEN ? + n.i * 2 END, CASE WHEN n.i * 2 < ? THEN ? + n.i * 2 / ? END, ?, ?
FROM n ORDER BY n.i""", (users, FIRST_USER, flats, first_id("flats"), flats, first_id("buildings"), flats // buildings, NOW, NOW))

# Each device MAC registered to its address, as the API's address writes register them (device_macs, ADR 26).
c.execute("""
INSERT INTO device_macs (mac, address_id, slot)
SELECT isg_mac, id, 'isg' FROM addresses WHERE account_id >= ?
UNION ALL SELECT smb1_mac, id, 'smb1' FROM addresses WHERE account_id >= ?""", (FIRST_USER, FIRST_USER))
c.commit()
c.execute("ANALYZE")
c.commit()

occupied = c.execute("SELECT COUNT(*) FROM flats f WHERE f.partner_id = ? AND EXISTS (SELECT 1 FROM addresses a WHERE a.flat_id = f.id)", (BP,)).fetchone()[0]
print(f"generated BP {BP}: {users} users with addresses and devices, {residences} residences, {buildings} buildings, "
      f"{flats} flats ({occupied} occupied) in {time.time() - started:.1f} s")
