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
# The app's class-data-sharing archive (made by lib/cds-archive.sh when the app is built; the window's own when one
# could be trained, else the headless commands'): the classes a command starts with -- the JDK's, Felix's and the
# bundles' -- mapped already parsed and verified instead of read from the jars. The JVM checks that it was made by the same JVM for the same lib/ and starts without it otherwise; the
# notice it would print on the output is turned off. Only an archive of the recorded size is passed, because
# Java 17's JVM crashes on a truncated one. Left out when HTA_JAVA_OPTS chooses class data sharing itself.
CDS_ARCHIVE="$APP_HOME/lib/$1.jsa"
[ -f "$CDS_ARCHIVE" ] || CDS_ARCHIVE="$APP_HOME/lib/hta.jsa"
case " ${HTA_JAVA_OPTS:-} " in
  *SharedArchiveFile*|*ArchiveClassesAtExit*|*-Xshare:*) ;;
  *)
    if [ -f "$CDS_ARCHIVE" ] && [ -r "$CDS_ARCHIVE" ] && [ -r "$CDS_ARCHIVE.size" ] \
        && read -r CDS_SIZE < "$CDS_ARCHIVE.size" && [ "$(( $(wc -c < "$CDS_ARCHIVE") ))" = "$CDS_SIZE" ]; then
      JVM_OPTIONS+=("-Xshare:auto" "-XX:SharedArchiveFile=$CDS_ARCHIVE" "-Xlog:cds*=off")
    fi
    ;;
esac
