#!/usr/bin/env bash
# Neovim smoke test of `mailproof lsp`: headless Neovim opens a fixture with its built-in LSP client and must get
# exactly the diagnostics `mailproof check` gives the same file. Usage: Tests/editors/nvim-smoke.sh [BINARY]
set -euo pipefail
cd "$(dirname "$0")/../.."
binary=${1:-${MAILPROOF_BIN:-.build/debug/mailproof}}
fixture=Fixtures/lsp/newsletter.html
# check exits 1 when it finds errors, as it should: only its report matters here.
report=$("$binary" check --format json "$fixture" || true)
expected=$(printf '%s' "$report" | python3 -c 'import json,sys; print(len(json.load(sys.stdin)["files"][0]["findings"]))')
case "$binary" in /*) ;; *) binary="$PWD/$binary" ;; esac
# No standard input (nvim would wait on an open pipe) and a time limit, so a stuck client fails instead of hanging.
output=$(MAILPROOF_BIN="$binary" timeout 60 nvim --headless -n -u NONE -i NONE "$fixture" -c "luafile Tests/editors/nvim-smoke.lua" 2>&1 < /dev/null || true)
echo "$output"
got=$(echo "$output" | sed -n 's/^diagnostics: \([0-9]*\).*/\1/p' | tail -1)
if [ "$got" != "$expected" ]; then
    echo "nvim-smoke: Neovim showed ${got:-no} diagnostics, mailproof check reports $expected" >&2
    exit 1
fi
echo "nvim-smoke: $got diagnostics, as mailproof check reports"
