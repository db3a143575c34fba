#!/usr/bin/env bash
# Search quality: top-1, top-3 and mean reciprocal rank of `opmq branch` and `opmq search`
# over benches/search/queries.csv (question,command,expected,kind,source).
# `branch` ranks: 1 when it answers the expected IDCC; on exit 3, the expected IDCC's place
# among the candidates listed; otherwise its place among the branches `opmq search` lists.
# `search` ranks: the expected id's place in `opmq search --json`.
# Needs jq and python3 (CSV reading). Usage: benches/search/run.sh [OPMQ_BINARY]
set -euo pipefail
cd "$(dirname "$0")/../.."
OPMQ=${1:-target/debug/opmq}
[ -x "$OPMQ" ] || cargo build --quiet
command -v jq >/dev/null || { echo "benches/search/run.sh: jq is missing" >&2; exit 2; }
export LANG=C LC_ALL=C
rank_in() { # expected, then candidates one a line: prints the 1-based place or 0
  awk -v e="$1" '$0 == e { print NR; found = 1; exit } END { if (!found) print 0 }'
}
python3 -c '
import csv, sys
for r in csv.DictReader(open("benches/search/queries.csv")):
    print("\t".join([r["command"], r["expected"], r["question"]]))
' | while IFS=$'\t' read -r command expected question; do
  rank=0
  if [ "$command" = branch ]; then
    set +e
    out=$("$OPMQ" branch "$question" --json idcc 2>/tmp/opmq-bench-err)
    code=$?
    set -e
    if [ $code -eq 0 ] && [ "$(jq -r .idcc <<<"$out")" = "$expected" ]; then
      rank=1
    elif [ $code -eq 3 ]; then
      rank=$(sed -n 's/^  \([0-9]\{4,5\}\) .*/\1/p' /tmp/opmq-bench-err | rank_in "$expected")
    fi
    if [ "$rank" = 0 ]; then
      r=$("$OPMQ" search "$question" --json 2>/dev/null \
          | jq -r '.[] | select(.kind == "branch") | .id' | rank_in "$expected" || true)
      # Not the answer `branch` gave: at best second.
      [ "${r:-0}" -gt 0 ] && rank=$(( r < 2 ? 2 : r ))
    fi
  else
    rank=$("$OPMQ" search "$question" --json 2>/dev/null | jq -r '.[].id' | rank_in "$expected" || true)
  fi
  printf '%s\t%s\t%s\t%s\n' "$command" "${rank:-0}" "$expected" "$question"
done > target/search-ranks.tsv
awk -F'\t' '
  { n[$1]++; if ($2 == 1) t1[$1]++; if ($2 >= 1 && $2 <= 3) t3[$1]++; if ($2 > 0) mrr[$1] += 1 / $2
    if ($2 != 1) miss[$1] = miss[$1] sprintf("  %s: %s (expected %s, rank %s)\n", $1, $4, $3, $2) }
  END {
    printf "| command | queries | top-1 | top-3 | MRR |\n|---|---|---|---|---|\n"
    for (c in n) printf "| `%s` | %d | %.1f %% | %.1f %% | %.3f |\n", c, n[c], 100 * t1[c] / n[c], 100 * t3[c] / n[c], mrr[c] / n[c]
    printf "\nNot first:\n"; for (c in miss) printf "%s", miss[c]
  }' target/search-ranks.tsv
