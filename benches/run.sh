#!/usr/bin/env bash
# Side-by-side benchmark of opmq against the sqlite3 shell on the very catalogue opmq
# bundles, with /bin/true as the floor, and opmq on a synthetic catalogue 100x larger.
# Writes docs/PERFORMANCE.md. Needs hyperfine, sqlite3, GNU time and python3
# (Debian: apt-get install hyperfine sqlite3 time python3).
# Usage: benches/run.sh            (RUNS=200 ROUNDS=20 benches/run.sh for more runs)
set -euo pipefail
cd "$(dirname "$0")/.."
for tool in hyperfine sqlite3 python3 /usr/bin/time; do
  command -v "$tool" >/dev/null || { echo "benches/run.sh: $tool is missing" >&2; exit 2; }
done
RUNS=${RUNS:-100}
# Each comparison is cut into ROUNDS rounds, all commands in turn in each round, so that a
# burst of machine noise falls on every command alike; medians are taken over all rounds.
ROUNDS=${ROUNDS:-10}
PER_ROUND=$(( (RUNS + ROUNDS - 1) / ROUNDS ))
W=target/bench
mkdir -p "$W" docs
# The binary as released on Linux x86-64 (`cargo dist`: static, no dynamic loader), and,
# for comparison, the plain `cargo build --release` one.
# Both are copied first, as any installation does: a binary the linker has just written is
# slower to start from its own file (about 0.3 ms here) than a copy of it.
cargo dist --quiet
cargo build --release --quiet
install -m 755 target/x86_64-unknown-linux-gnu/release/opmq "$W/opmq"
install -m 755 target/release/opmq "$W/opmq-plain"
OPMQ=$W/opmq
PLAIN=$W/opmq-plain
"$OPMQ" export --format sqlite --output "$W/real.sqlite" --force
# Regenerated when the schema changes (the catalogue file carries it).
[ -s "$W/synthetic.sqlite" ] && [ "$W/synthetic.sqlite" -nt catalogue/src/sql.rs ] || cargo bench --quiet --bench synth -- "$W/synthetic.sqlite" 100
DB="$W/real.sqlite"
SYN="$W/synthetic.sqlite"

# name | opmq arguments | SQL answering the same question | sqlite3 flags
cat > "$W/queries.txt" <<'Q'
show|show OPIIEC --json|SELECT o.facts, op.name FROM name_key k JOIN observatory o ON o.id = k.id LEFT JOIN opco op ON op.id = o.opco_id WHERE k.entity = 'observatory' AND k.key = 'opiiec'; SELECT ob.idcc, b.short_title, b.active FROM observatory_branch ob JOIN branch b ON b.idcc = ob.idcc WHERE ob.observatory_id = 'opiiec';|-json
branch|branch 1486 --json|SELECT b.*, bo.*, op.name FROM branch b LEFT JOIN branch_opco bo ON bo.idcc = b.idcc LEFT JOIN opco op ON op.id = bo.opco_id WHERE b.idcc = '1486'; SELECT * FROM branch_siro WHERE idcc = '1486'; SELECT * FROM branch_opco_table WHERE idcc = '1486'; SELECT o.id, o.name, o.acronym, o.facts FROM observatory_branch ob JOIN observatory o ON o.id = ob.observatory_id WHERE ob.idcc = '1486'; SELECT idcc, short_title, active FROM branch WHERE successor = '1486';|-json
list-branch|list --branch 1486|SELECT o.id, o.acronym, o.name, o.opco_id, json_extract(o.facts, '$.website') FROM observatory_branch ob JOIN observatory o ON o.id = ob.observatory_id WHERE ob.idcc = '1486';|-header
search|search metallurgie|SELECT kind, id FROM search WHERE search MATCH '"metallurgie"*' ORDER BY bm25(search) LIMIT 20;|-header
list-json|list --json|SELECT o.facts, op.name FROM observatory o LEFT JOIN opco op ON op.id = o.opco_id; SELECT * FROM observatory_branch;|-json
export-json|export --format json|SELECT * FROM dataset; SELECT * FROM opco; SELECT * FROM branch; SELECT * FROM branch_opco; SELECT * FROM branch_opco_table; SELECT * FROM branch_siro; SELECT * FROM observatory; SELECT * FROM observatory_branch; SELECT * FROM joint_commission;|-json
Q

# name, then the commands to compare: ROUNDS hyperfine calls, each running every command.
rounds() {
  local name=$1; shift
  for r in $(seq "$ROUNDS"); do
    hyperfine -N --style none --warmup 3 --runs "$PER_ROUND" \
      --export-json "$W/$name.round$r.json" "$@" >/dev/null
  done
}

rm -f "$W"/*.json "$W/rss.txt"
while IFS='|' read -r name args sql flags; do
  rounds "$name" "$OPMQ $args" "sqlite3 $flags $DB \"$sql\"" "/bin/true" "$PLAIN $args"
  rss=0
  for _ in 1 2 3; do
    r=$( { /usr/bin/time -f '%M' "$OPMQ" $args >/dev/null; } 2>&1 | tail -1 )
    [ "$r" -gt "$rss" ] && rss=$r
  done
  echo "$name $rss" >> "$W/rss.txt"
done < "$W/queries.txt"

# Scale: the same questions on the real and the 100x synthetic catalogue, side by side.
for q in "search metallurgie" "list --branch 1486" "branch 1486 --json" "show OPIIEC --json"; do
  name="scale-${q%% *}"
  rounds "$name" "$OPMQ --catalogue $DB $q" "$OPMQ --catalogue $SYN $q"
done

# --help, --version and completions never open the catalogue: they succeed with a missing one.
for args in "--help" "--version" "completions bash"; do
  OPMQ_CATALOGUE=/nonexistent/catalogue.sqlite "$OPMQ" $args >/dev/null
done

# SIRO (issue 15): a synthetic file the size of the June 2026 one, refreshed into a user
# catalogue, against the sqlite3 shell importing the same file into a table of the same shape
# (the SIRET as INTEGER PRIMARY KEY: the same index); then lookups on the full table.
SIRO=$W/siro-202606.csv
[ -s "$SIRO" ] || cargo bench --quiet --bench siro -- "$SIRO" "${SIRO_ROWS:-3700000}"
cat > "$W/siro-import.sql" <<SQL
PRAGMA journal_mode = OFF;
PRAGMA synchronous = OFF;
CREATE TABLE siret (siret INTEGER PRIMARY KEY, idcc TEXT, opco TEXT, gestion TEXT);
.mode list
.separator |
.import --skip 1 $SIRO siret
SQL
rm -f "$W/siro-opmq.txt" "$W/siro-sqlite.txt"
for r in 1 2 3; do
  rm -rf "$W/siro-data" "$W/siro-sqlite.db"
  OPMQ_DATA_DIR="$W/siro-data" /usr/bin/time -f '%e %M' -a -o "$W/siro-opmq.txt" \
    "$OPMQ" refresh siro "$SIRO" >/dev/null 2>&1
  /usr/bin/time -f '%e %M' -a -o "$W/siro-sqlite.txt" sqlite3 "$W/siro-sqlite.db" ".read $W/siro-import.sql"
done
stat -c '%s' "$W/siro-data/catalogue.sqlite" > "$W/siro-size.txt"
ONE=$(sed -n 1000000p "$SIRO" | cut -d'|' -f1)
rounds siret "$OPMQ --catalogue $W/siro-data/catalogue.sqlite siret $ONE --json" \
  "sqlite3 -json $W/siro-data/catalogue.sqlite \"SELECT * FROM siret WHERE siret = $ONE\"" "/bin/true"
awk -F'|' 'NR > 1 && NR % 370 == 0 { print $1 }' "$SIRO" | head -10000 > "$W/siret-10000.txt"
rm -f "$W/siro-stdin.txt"
for r in 1 2 3; do
  OPMQ_DATA_DIR="$W/siro-data" /usr/bin/time -f '%e %M' -a -o "$W/siro-stdin.txt" \
    "$OPMQ" siret --stdin --format csv < "$W/siret-10000.txt" > "$W/siret-10000.csv"
done
wc -l < "$W/siret-10000.txt" > "$W/siret-count.txt"

# The web page's section (benches/html.rs, measured apart in Chromium) is kept as it is.
sed -n '/^## The web page/,$p' docs/PERFORMANCE.md > "$W/html-section.md"
python3 benches/report.py "$W" "$SYN" > docs/PERFORMANCE.md
if [ -s "$W/html-section.md" ]; then printf '\n' >> docs/PERFORMANCE.md; cat "$W/html-section.md" >> docs/PERFORMANCE.md; fi
cat docs/PERFORMANCE.md
