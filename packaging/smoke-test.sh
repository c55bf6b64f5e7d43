#!/usr/bin/env bash
# Smoke test of the built app-image (run by `mvn -Ppackage verify` after packaging/build.sh):
# the packaged launcher must work with no display, from a fresh home folder.
#   1. bin/Wardflow --version prints "Wardflow <version>" and exits 0;
#   2. bin/Wardflow --help lists the commands and exits 0;
#   3. bin/Wardflow validate FILE runs the importer on a malformed file (exit 2, a message naming
#      the file, no stack trace) and, when ../shared/data is present, on the real ward GeoJSON
#      (exit 0 or 1); skipped with a note while this build has no `validate` command;
#   4. the licence files are inside the image;
#   5. with Xvfb available (xvfb-run), the GUI starts and stays up for 8 s without errors, and
#      JavaFX loads its natives from the runtime (nothing unpacked to ~/.openjfx).
# Usage: packaging/smoke-test.sh [APP_IMAGE_DIR]   (default target/dist/Wardflow)
set -uo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
app=${1:-target/dist/Wardflow}
launcher=$app/bin/Wardflow
version=${WARDFLOW_VERSION:-}
failures=0
passed=0
ok() { printf 'smoke: ok   %s\n' "$*"; passed=$((passed + 1)); }
bad() { printf 'smoke: FAIL %s\n' "$*" >&2; failures=$((failures + 1)); }

[ -x "$launcher" ] || { echo "smoke: $launcher missing: build it with mvn -Ppackage package" >&2; exit 1; }

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export HOME=$tmp/home
mkdir -p "$HOME"
unset DISPLAY WAYLAND_DISPLAY

# 1. --version
out=$(timeout 60 "$launcher" --version 2>&1); rc=$?
if [ $rc -eq 0 ] && grep -q "^Wardflow ${version}" <<<"$out"; then ok "--version: $out"; else bad "--version exited $rc: $out"; fi

# 2. --help
out=$(timeout 60 "$launcher" --help 2>&1); rc=$?
if [ $rc -eq 0 ] && grep -q "Commands:" <<<"$out"; then ok "--help lists the commands"; else bad "--help exited $rc: $out"; fi

# 3. validate
if grep -qE '^\s+validate\b' <<<"$out"; then
  printf '{"type": "FeatureCollection", "features": [' >"$tmp/truncated.geojson"
  out=$(timeout 120 "$launcher" validate "$tmp/truncated.geojson" 2>&1); rc=$?
  if [ $rc -eq 2 ] && grep -q "truncated.geojson" <<<"$out" && ! grep -qE '^\s+at [a-z]' <<<"$out"; then
    ok "validate on a truncated GeoJSON: exit 2, message names the file"
  else
    bad "validate on a truncated GeoJSON exited $rc (expected 2, a message naming the file, no stack trace): $out"
  fi
  for real in wm_wards_2025_bgc_bng.geojson wm_gias_open_establishments_20250524.csv; do
    f=../shared/data/$real
    if [ -f "$f" ]; then
      out=$(timeout 120 "$launcher" validate "$f" 2>&1); rc=$?
      if [ $rc -le 1 ]; then ok "validate on the real $real: exit $rc"; else bad "validate $f exited $rc: $out"; fi
    else
      echo "smoke: note: $f absent; real-data validate skipped"
    fi
  done
else
  echo "smoke: note: this build has no 'validate' command yet; validate checks skipped"
fi

# 4. licences in the image
for f in THIRD-PARTY.txt DATA-ATTRIBUTIONS.txt NOTICE.txt texts/GPL-3.0.txt; do
  if [ -s "$app/lib/app/licenses/$f" ]; then ok "licenses/$f in the image"; else bad "lib/app/licenses/$f missing from the image"; fi
done

# 4b. sqlite-jdbc's native library is loaded in place (no unpacking into a noexec /tmp)
if [ -f "$app/lib/app/native/libsqlitejdbc.so" ]; then
  if grep -q 'org.sqlite.lib.path=$APPDIR/native' "$app/lib/app/Wardflow.cfg"; then
    ok "sqlite-jdbc native library loaded from lib/app/native"
  else
    bad "lib/app/native/libsqlitejdbc.so exists but Wardflow.cfg does not set org.sqlite.lib.path"
  fi
fi

# 5. GUI under Xvfb
if command -v xvfb-run >/dev/null; then
  log=$tmp/gui.log
  xvfb-run -a -s "-screen 0 1280x800x24" bash -c '"$1" >"$2" 2>&1 & pid=$!; sleep 8
    if kill -0 $pid 2>/dev/null; then kill $pid; wait $pid 2>/dev/null; exit 0; else wait $pid; exit 3; fi' _ "$launcher" "$log"
  rc=$?
  if [ $rc -eq 0 ] && ! grep -qE 'Exception|Error:|cannot|failed' "$log"; then
    ok "GUI starts under Xvfb and stays up"
  else
    bad "GUI under Xvfb (exit $rc): $(head -c 2000 "$log")"
  fi
  if [ -d "$HOME/.openjfx" ]; then bad "JavaFX unpacked natives to ~/.openjfx (runtime/lib lacks them)"; else ok "JavaFX natives loaded from the runtime"; fi
else
  echo "smoke: note: xvfb-run absent (apt-get install -y xvfb); GUI start not checked"
fi

echo "smoke: $passed passed, $failures failed"
[ $failures -eq 0 ]
