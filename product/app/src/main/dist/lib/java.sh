# Sourced by bin/hta and bin/hta-workbench with the command's name as $1: finds Java and reads etc/jvm.options.
# Sets JAVA and JVM_OPTIONS; APP_HOME must be set.
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
if ! command -v "$JAVA" >/dev/null 2>&1; then
  echo "$1: Java 17 or newer is needed; set JAVA_HOME or put java on the PATH." >&2
  exit 1
fi
JVM_OPTIONS=()
# Java takes user.home from the password database, not from $HOME: a user who runs the app with another HOME
# (a sandbox, a CI job, sudo -H) would find the data directory and the default export folder elsewhere. First, so
# that etc/jvm.options and HTA_JAVA_OPTS can still set it.
if [ -n "${HOME:-}" ]; then
  JVM_OPTIONS+=("-Duser.home=$HOME")
fi
if [ -r "$APP_HOME/etc/jvm.options" ]; then
  while read -r option; do
    JVM_OPTIONS+=("$option")
  done < <(sed -e 's/#.*//' -e 's/[[:space:]]*$//' -e '/^[[:space:]]*$/d' "$APP_HOME/etc/jvm.options")
fi
