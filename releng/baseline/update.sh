#!/usr/bin/env bash
# Makes the contract baseline from a released commit: builds it in a temporary clone (offline; the local Maven
# repository must be warm) and keeps, of every platform bundle that exports packages, only its manifest and the
# classes of its exported packages (the API is all the baseline check compares; the rest would only weigh).
# Usage: releng/baseline/update.sh COMMIT-OR-TAG      (run from the repository; commit the changed jars)
#        BUILT=/path/to/built/clone releng/baseline/update.sh COMMIT   (jars already built from COMMIT there)
set -euo pipefail
rev=${1:?usage: releng/baseline/update.sh COMMIT-OR-TAG}
repo=$(git rev-parse --show-toplevel)
out="$repo/releng/baseline"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
if [ -n "${BUILT:-}" ]; then
  # a clone of COMMIT already built (e.g. by a release build): use its jars
  ln -s "$BUILT" "$tmp/src"
else
  git clone -q "$repo" "$tmp/src"
  git -C "$tmp/src" checkout -q "$rev"
  (cd "$tmp/src" && ./mvnw -B -o -q package -DskipTests -pl releng/hta.target,bundles/hta.dossier,bundles/hta.confidentiality,bundles/hta.timeline,bundles/hta.jurisdiction,bundles/hta.export.pdf,bundles/hta.plugins,bundles/hta.workbench)
fi
rm -f "$out"/*.jar
for jar in "$tmp"/src/bundles/*/target/*.jar; do
  case "$jar" in *-sources.jar|*-tests.jar) continue ;; esac
  name=$(basename "$(dirname "$(dirname "$jar")")")
  work="$tmp/strip/$name"
  mkdir -p "$work" && (cd "$work" && jar xf "$jar")
  exports=$(sed -n '/^Export-Package:/,/^[A-Z][A-Za-z-]*:/p' "$work/META-INF/MANIFEST.MF" | tr -d '\r\n ' \
    | sed -e 's/^Export-Package://' -e 's/[A-Z][A-Za-z-]*:.*$//' -e 's/"[^"]*"//g' | tr ',' '\n' | cut -d';' -f1 | grep . || true)
  [ -n "$exports" ] || continue
  keep="$tmp/keep/$name"
  mkdir -p "$keep/META-INF"
  cp "$work/META-INF/MANIFEST.MF" "$keep/META-INF/"
  for p in $exports; do
    dir=${p//./\/}
    mkdir -p "$keep/$dir"
    find "$work/$dir" -maxdepth 1 -type f -name '*.class' -exec cp {} "$keep/$dir/" \;
  done
  (cd "$keep" && jar cfm "$out/$name.jar" META-INF/MANIFEST.MF $(find . -name '*.class' | sed 's|^\./||' | sort))
done
git -C "$tmp/src" rev-parse "$rev" > "$out/COMMIT"
echo "baseline of $(cat "$out/COMMIT") in $out:"; ls -l "$out"/*.jar
