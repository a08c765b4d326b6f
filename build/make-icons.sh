#!/bin/sh
# Renders build/icon.svg into the PNG sizes electron-builder uses (build/icons/NxN.png for Linux, build/icon.png)
# and build/icon.ico for Windows. Needs rsvg-convert and icotool: apt-get install -y librsvg2-bin icoutils
set -eu
cd "$(dirname "$0")"
mkdir -p icons
for s in 16 32 48 64 128 256 512; do rsvg-convert -w "$s" -h "$s" icon.svg -o "icons/${s}x${s}.png"; done
cp icons/512x512.png icon.png
icotool -c -o icon.ico icons/16x16.png icons/32x32.png icons/48x48.png icons/64x64.png icons/128x128.png -r icons/256x256.png
