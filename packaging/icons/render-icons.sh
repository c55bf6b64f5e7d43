#!/usr/bin/env bash
# Renders the committed icon PNGs from the hand-drawn SVGs, then packs them into the Windows
# .ico and macOS .icns containers. Re-run after editing an SVG and commit the results; the build
# itself never needs rsvg-convert.
#   apt-get install -y librsvg2-bin     (rsvg-convert)
# 16-32 px use wardflow-small.svg (bolder, fewer details); 48 px and up use wardflow.svg.
set -euo pipefail
cd "$(dirname "$0")"
command -v rsvg-convert >/dev/null || { echo "render-icons: rsvg-convert missing (apt-get install -y librsvg2-bin)" >&2; exit 2; }
for s in 16 24 32; do rsvg-convert -w $s -h $s wardflow-small.svg -o wardflow-$s.png; done
for s in 48 64 128 256 512; do rsvg-convert -w $s -h $s wardflow.svg -o wardflow-$s.png; done
java IconContainers.java .
echo "render-icons: wrote $(ls wardflow-*.png | wc -l) PNGs, wardflow.ico, wardflow.icns"
