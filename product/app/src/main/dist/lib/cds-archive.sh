#!/usr/bin/env bash
# Makes the class-data-sharing archives that bin/hta and bin/hta-workbench start with (lib/java.sh): lib/hta.jsa
# from a training run of 'hta export --all' on the demo workspace (every bundled plugin's memos: the dossier model,
# JSON, Unicode text, PDF and font classes, besides all that 'hta plugins list' loads), and lib/hta-workbench.jsa
# from one of the window on a private X display when Xvfb is installed (else the window starts with lib/hta.jsa), both in a scratch data directory. The build runs
# it; run it again after moving the app's folder, changing a jar in lib/ or using another Java: an archive records
# the JVM and the paths and times of lib/'s jars, and a JVM that finds them different starts without it (slower,
# nothing else changes).
set -euo pipefail
APP_HOME="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
SCRATCH="$(mktemp -d)"
XVFB=""
trap '[ -z "$XVFB" ] || kill "$XVFB" 2>/dev/null || true; rm -rf "$SCRATCH" "$APP_HOME"/lib/*.jsa.tmp' EXIT

# train NAME COMMAND ARGS...: runs the command with the JVM writing lib/NAME.jsa at its exit; the command may end
# with an exit code up to TRAINING_OK (default 0); its error output is dropped when TRAINING_QUIET is set
train() {
  local archive="$APP_HOME/lib/$1.jsa" status=0
  shift
  rm -f "$archive" "$archive.size" "$archive.tmp"
  if [ -n "${TRAINING_QUIET:-}" ]; then
    HTA_JAVA_OPTS="-XX:ArchiveClassesAtExit=$archive.tmp -Xlog:cds*=off ${TRAINING_OPTS:-}" "$@" >/dev/null 2>&1 || status=$?
  else
    HTA_JAVA_OPTS="-XX:ArchiveClassesAtExit=$archive.tmp -Xlog:cds*=off ${TRAINING_OPTS:-}" "$@" >/dev/null || status=$?
  fi
  if [ "$status" -gt "${TRAINING_OK:-0}" ]; then
    rm -f "$archive.tmp"
    return 1
  fi
  if [ ! -s "$archive.tmp" ]; then
    echo "cds-archive.sh: this Java wrote no class-data-sharing archive for $(basename "$archive")" >&2
    return 0
  fi
  # the size is recorded first and the archive moved in last, so an interrupted run leaves no archive to use:
  # lib/java.sh uses it only when its size is the recorded one (a truncated archive crashes Java 17's JVM)
  echo $(( $(wc -c < "$archive.tmp") )) > "$archive.size"
  mv "$archive.tmp" "$archive"
}

# A command maps the classes of the archive it needs and leaves the rest unread, so one archive trained on the widest
# command serves them all: 'hta export --all' ends with 1 when the demo workspace holds memos that cannot be exported
# yet (their reasons on the error output, not wanted here). When it cannot run at all (exit 2 or more, e.g. an app
# built without the demo workspace), 'plugins list' trains it.
mkdir -p "$SCRATCH/memos"
TRAINING_OK=1 TRAINING_QUIET=1 train hta "$APP_HOME/bin/hta" --data-dir "$SCRATCH/cli" export --all --out-dir "$SCRATCH/memos" \
  || train hta "$APP_HOME/bin/hta" --data-dir "$SCRATCH/cli" plugins list

rm -f "$APP_HOME/lib/hta-workbench.jsa" "$APP_HOME/lib/hta-workbench.jsa.size"
if command -v Xvfb >/dev/null 2>&1; then
  # Xvfb picks a free display itself and writes its number to the file: no other program's display is used
  Xvfb -displayfd 9 -screen 0 1280x1024x24 -nolisten tcp 9>"$SCRATCH/display" >/dev/null 2>&1 &
  XVFB=$!
  for _ in $(seq 100); do [ -s "$SCRATCH/display" ] && break; sleep 0.1; done
  if [ -s "$SCRATCH/display" ]; then
    # the launcher ends the JVM once the window is painted (hta.launcher.TrainingRun)
    DISPLAY=":$(head -n1 "$SCRATCH/display")" TRAINING_OPTS="-Dhta.launcher.training=window" \
      train hta-workbench "$APP_HOME/bin/hta-workbench" --data-dir "$SCRATCH/window" \
      || echo "cds-archive.sh: the window's training run failed; the window starts with the commands' archive" >&2
  fi
fi
