#!/bin/sh
# Installs Portkey's gateway for the benchmark in this folder only. The @hono/node-server override
# (package.json) fixes Portkey 1.15.2 answering every streamed request with HTTP 500 ("TypeError: immutable").
set -e
cd "$(dirname "$0")"
npm install --no-audit --no-fund --loglevel=error
