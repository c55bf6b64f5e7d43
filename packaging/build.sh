#!/usr/bin/env bash
# Builds Wardflow's installers: a jlinked Java runtime (JDK modules + JavaFX's modular jars), an
# app-image and a native package made by jpackage. Two ways in, same result:
#
#   mvn -B -Ppackage verify      build, then smoke-test the app-image (packaging/smoke-test.sh)
#   packaging/build.sh           runs `mvn -B -Ppackage -DskipTests package`, which calls this
#                                script back with the inputs prepared (WARDFLOW_FROM_MAVEN=1)
#
# Output on Linux: target/dist/Wardflow (app-image; bin/Wardflow is the launcher) and
#   target/dist/wardflow_VERSION-1_amd64.deb. On Windows (Git Bash, WiX 3 on PATH) and macOS the
#   same script makes the .msi or .dmg: see docs/install.md for the Maven properties to pass.
# Needs: JDK 17 with jlink, jdeps and jpackage; fakeroot and dpkg-deb for the .deb; unzip, zip.
# Options (environment): WARDFLOW_PACKAGE_TYPES="" builds the app-image only (the Maven property
# wardflow.package.types sets it); WARDFLOW_SKIP_JDEPS=1 skips the check that the runtime has every
# JDK module the jars need; WARDFLOW_DEB_COMPRESSION=gzip makes the .deb faster but larger.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"

if [ -z "${WARDFLOW_FROM_MAVEN:-}" ]; then
  exec mvn -B -Ppackage -DskipTests "$@" package
fi

start=$(date +%s)
say() { printf 'build.sh: [%3d s] %s\n' $(($(date +%s) - start)) "$*"; }
fail() {
  printf 'build.sh: ERROR: %s\n' "$*" >&2
  exit 1
}

: "${WARDFLOW_VERSION:?set by the Maven profile 'package'}"
: "${WARDFLOW_MAIN_JAR:?set by the Maven profile 'package'}"
pkg=${WARDFLOW_PACKAGE_DIR:-target/jpackage}
types=${WARDFLOW_PACKAGE_TYPES-deb}
dist=target/dist
app_version=${WARDFLOW_VERSION%-SNAPSHOT}
licences=src/main/resources/org/wardflow/licenses
jfx_modules=javafx.base,javafx.graphics,javafx.controls,javafx.swing
case "$(uname -s)" in
  Linux) os=linux sep=: ;;
  Darwin) os=macos sep=: ;;
  MINGW* | MSYS* | CYGWIN*) os=windows sep=';' ;;
  *) fail "unsupported build system $(uname -s)" ;;
esac

java_home=${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")}
for tool in jlink jdeps jpackage; do
  [ -x "$java_home/bin/$tool" ] || fail "$java_home/bin/$tool not found: a full JDK 17 is needed (not a JRE)"
done
[ -f "$WARDFLOW_MAIN_JAR" ] || fail "main jar $WARDFLOW_MAIN_JAR missing"
ls "$pkg"/javafx-modules/javafx-*.jar >/dev/null 2>&1 || fail "no JavaFX jars in $pkg/javafx-modules"
[ -f "$licences/THIRD-PARTY.txt" ] || fail "$licences/THIRD-PARTY.txt missing"

# 1. Every bundled dependency is named, with its version, in THIRD-PARTY.txt.
if [ -f "$pkg/dependencies.txt" ]; then
  missing=""
  while read -r coords; do
    IFS=: read -r g a _type rest <<<"$coords"
    v=${rest##*:}
    grep -q "$g:$a:$v" "$licences/THIRD-PARTY.txt" || missing="$missing $g:$a:$v"
  done < <(grep -E '^\s+[^ :]+:[^ :]+:' "$pkg/dependencies.txt" | sed 's/^ *//; s/ .*//' | sort -u)
  [ -z "$missing" ] || fail "not listed in $licences/THIRD-PARTY.txt:$missing"
  say "licences: every runtime dependency is listed in THIRD-PARTY.txt"
fi

# 2. The application's class path: the thin main jar and its non-JavaFX dependencies, plus the
#    licence files (jpackage copies the whole input folder to lib/app/).
input=$pkg/input
mkdir -p "$input/lib"
cp "$WARDFLOW_MAIN_JAR" "$input/wardflow.jar"
rm -rf "$input/licenses"
cp -r "$licences" "$input/licenses"
# sqlite-jdbc carries its native library for 20 platforms (12 MB); on Linux x86_64 keep only
# Linux/x86_64 (glibc). The trimmed jar is renamed so that it is not mistaken for the original.
if [ "$(uname -s)-$(uname -m)" = Linux-x86_64 ]; then
  for j in "$input"/lib/sqlite-jdbc-*.jar; do
    case $j in *-linux-x86_64.jar) continue ;; esac
    trimmed=${j%.jar}-linux-x86_64.jar
    cp "$j" "$trimmed"
    zip -q -d "$trimmed" $(unzip -Z1 "$trimmed" 'org/sqlite/native/*' | grep -v '^org/sqlite/native/Linux/x86_64/' | grep -v '/$') >/dev/null
    rm "$j"
    # Also as a plain file beside the jars: linux-image.args points org.sqlite.lib.path at it, so
    # sqlite-jdbc loads it in place instead of unpacking it to /tmp (fails where /tmp is noexec).
    rm -rf "$input/native"
    unzip -q -j "$trimmed" 'org/sqlite/native/Linux/x86_64/libsqlitejdbc.so' -d "$input/native"
    say "sqlite-jdbc: kept the Linux/x86_64 native library only ($(basename "$trimmed"), native/)"
  done
fi

# 3. The jlinked runtime. jdeps (step 4) runs meanwhile in the background.
jdeps_out=$pkg/jdeps-modules.txt
rm -f "$jdeps_out"
if [ -z "${WARDFLOW_SKIP_JDEPS:-}" ]; then
  "$java_home/bin/jdeps" --multi-release 17 --ignore-missing-deps --print-module-deps \
    --module-path "$pkg/javafx-modules" \
    "$input/wardflow.jar" "$input"/lib/*.jar >"$jdeps_out" 2>/dev/null &
  jdeps_pid=$!
fi
modules=$(grep -vE '^\s*(#|$)' packaging/jlink-modules.txt | tr -d ' ' | paste -sd, -)
runtime=$pkg/runtime
rm -rf "$runtime"
say "jlink: $modules,$jfx_modules"
"$java_home/bin/jlink" \
  --module-path "$java_home/jmods$sep$pkg/javafx-modules" \
  --add-modules "$modules,$jfx_modules" \
  --include-locales=en,cy \
  --strip-debug --no-header-files --no-man-pages --compress=2 \
  --output "$runtime"
# JavaFX's natives sit in its jars as resources; from a jlinked runtime JavaFX would unpack them to
# ~/.openjfx/cache on first start (fails where home is mounted noexec). Put them where JavaFX looks
# first: the runtime's own library folder (lib on Linux/macOS, bin on Windows).
native_dir=$runtime/lib
[ $os = windows ] && native_dir=$runtime/bin
for j in "$pkg"/javafx-modules/javafx-*.jar; do
  unzip -q -o -j "$j" '*.so' '*.dll' '*.dylib' -d "$native_dir" 2>/dev/null || true
done

# 4. The runtime has every JDK module the jars need (jdeps sees static references only; the
#    comments in packaging/jlink-modules.txt cover the rest).
if [ -n "${jdeps_pid:-}" ]; then
  wait "$jdeps_pid" || fail "jdeps failed on the application's jars"
  needed=$(tail -1 "$jdeps_out")
  have=$("$runtime/bin/java" --list-modules | sed 's/@.*//')
  for m in ${needed//,/ }; do
    grep -qx "$m" <<<"$have" || fail "jdeps says the jars need module $m, which the runtime lacks: add it to packaging/jlink-modules.txt"
  done
  say "jdeps: runtime covers $needed"
fi

# 5. The app-image (Wardflow.app on macOS).
image=$dist/Wardflow
[ $os = macos ] && image=$dist/Wardflow.app
rm -rf "$image"
mkdir -p "$dist"
say "jpackage app-image $app_version"
"$java_home/bin/jpackage" --type app-image \
  @packaging/jpackage/identity.args @packaging/jpackage/launcher.args \
  @packaging/jpackage/$os-image.args \
  --app-version "$app_version" \
  --input "$input" --main-jar wardflow.jar \
  --runtime-image "$runtime" \
  --dest "$dist"

# 6. Installers built from that image.
rm -f "$dist"/*.deb "$dist"/*.msi "$dist"/*.dmg
for type in $types; do
  case $os-$type in
    linux-deb | windows-msi | macos-dmg) ;;
    *) fail "a $type package cannot be built on $os (deb: Linux, msi: Windows, dmg: macOS)" ;;
  esac
  # dpkg-deb's default (xz) makes the smallest .deb but takes minutes on 2 busy cores;
  # WARDFLOW_DEB_COMPRESSION=gzip for quick local builds.
  [ "$type" = deb ] && export DPKG_DEB_COMPRESSOR_TYPE=${WARDFLOW_DEB_COMPRESSION:-xz}
  say "jpackage $type $app_version"
  "$java_home/bin/jpackage" --type "$type" \
    @packaging/jpackage/identity.args @packaging/jpackage/$os-$type.args \
    --app-version "$app_version" \
    --app-image "$image" \
    --dest "$dist"
done

size() { du -sh "$1" | cut -f1; }
say "runtime $(size "$runtime"), app-image $(size "$image")$(
  for f in "$dist"/*.deb "$dist"/*.msi "$dist"/*.dmg; do
    [ -f "$f" ] && printf ', %s %s' "$(basename "$f")" "$(size "$f")"
  done
)"
