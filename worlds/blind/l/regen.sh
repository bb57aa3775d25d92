#!/bin/sh
# Regenerates both blind worlds deterministically (python3 stdlib only).
cd "$(dirname "$0")"
python3 gen.py 1 world1 41017
python3 gen.py 2 world2 90233
