#!/usr/bin/env bash
# Whole-process start-up of built apps against the bare Felix + SCR process, in turns (bare, app 1, app 2 …, then
# again), N rounds; prints the median wall and processor (user + system) time of each and the load during the run.
# usage: bench/startup-ab.sh N APP-FOLDER... [-- COMMAND ARGS]   (default command: plugins list)
# e.g.   bench/startup-ab.sh 9 /tmp/app-before product/app/target/hta-workbench
# Needs bench/target/classes (./mvnw -B -o -q compile -pl bench). An app copied elsewhere must have its class-data
# archive made again first (APP/lib/cds-archive.sh), or it runs without one.
set -euo pipefail
N=$1; shift
APPS=(); while [ $# -gt 0 ] && [ "$1" != "--" ]; do APPS+=("$(cd "$1" && pwd)"); shift; done
[ $# -gt 0 ] && shift
ARGS=("$@"); [ ${#ARGS[@]} -eq 0 ] && ARGS=(plugins list)
BENCH="$(cd "$(dirname "$0")" && pwd)/target/classes"
WORK="$(mktemp -d)"; trap 'rm -rf "$WORK"' EXIT
declare -A DATA W C
for a in "${APPS[@]}"; do DATA[$a]=$(mktemp -d "$WORK/data.XXX"); "$a/bin/hta" --data-dir "${DATA[$a]}" plugins list >/dev/null; done
TIMEFORMAT="%R %U %S"
timed() { { time "$@" >/dev/null 2>&1; } 2>&1 | awk '{printf "%d %d\n", $1*1000, ($2+$3)*1000}'; }
LOAD=()
for _ in $(seq "$N"); do
  cache=$(mktemp -d "$WORK/bare.XXX")
  r=$(timed java -XX:TieredStopAtLevel=1 -cp "$BENCH:${APPS[0]}/lib/*" hta.bench.BareFelix "${APPS[0]}" "$cache")
  W[bare]+="${r% *} "; C[bare]+="${r#* } "
  for a in "${APPS[@]}"; do
    r=$(timed "$a/bin/hta" --data-dir "${DATA[$a]}" "${ARGS[@]}"); W[$a]+="${r% *} "; C[$a]+="${r#* } "
  done
  LOAD+=("$(cut -d' ' -f1 /proc/loadavg)"); rm -rf "$cache"
done
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END{print a[int((NR+1)/2)]}'; }
bare=$(median ${W[bare]})
for v in bare "${APPS[@]}"; do
  m=$(median ${W[$v]})
  printf "%-50s wall %5d ms (%s×)  processor %5d ms   [%s]\n" "$v" "$m" "$(awk "BEGIN{printf \"%.2f\", $m/$bare}")" \
    "$(median ${C[$v]})" "${W[$v]}"
done
echo "load average (1 min) during the rounds: ${LOAD[*]}"
