#!/usr/bin/env bash
# Makes lib/hta.jsa, the class-data-sharing archive that bin/hta and bin/hta-workbench start with (lib/java.sh),
# from a training run of 'hta plugins list' in a scratch data directory. The build runs it; run it again after
# moving the app's folder, changing a jar in lib/ or using another Java: the archive records the JVM and the paths
# and times of lib/'s jars, and a JVM that finds them different starts without it (slower, nothing else changes).
set -euo pipefail
APP_HOME="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
ARCHIVE="$APP_HOME/lib/hta.jsa"
rm -f "$ARCHIVE" "$ARCHIVE.size" "$ARCHIVE.tmp"
SCRATCH="$(mktemp -d)"
trap 'rm -rf "$SCRATCH" "$ARCHIVE.tmp"' EXIT
# the JVM writes the archive at exit, after the command; the listing itself is not wanted
HTA_JAVA_OPTS="-XX:ArchiveClassesAtExit=$ARCHIVE.tmp -Xlog:cds*=off" "$APP_HOME/bin/hta" --data-dir "$SCRATCH" \
  plugins list >/dev/null
if [ ! -s "$ARCHIVE.tmp" ]; then
  echo "cds-archive.sh: this Java wrote no class-data-sharing archive; the app starts without one" >&2
  exit 0
fi
# the size is recorded first and the archive moved in last, so an interrupted run leaves no archive to use:
# lib/java.sh uses it only when its size is the recorded one (a truncated archive crashes Java 17's JVM)
echo $(( $(wc -c < "$ARCHIVE.tmp") )) > "$ARCHIVE.size"
mv "$ARCHIVE.tmp" "$ARCHIVE"
