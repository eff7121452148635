#!/usr/bin/env bash
# Tests/scripts/sanitizers.sh [address|thread]...
#
# Runs the whole test suite under AddressSanitizer and ThreadSanitizer (both when no argument is given), each
# in a scratch folder of its own (.build-address, .build-thread) so the normal .build is not rebuilt. The CLI
# tests run the mailproof binary of the same scratch folder, so it is sanitized too. Exits non-zero when a
# test fails or a sanitizer reports (a report aborts the test process).
set -euo pipefail

root=$(cd "$(dirname "$0")/../.." && pwd)
sanitizers=("$@")
[ ${#sanitizers[@]} -eq 0 ] && sanitizers=(address thread)

# halt_on_error: the first report fails the run. Swift's runtime keeps metadata caches for the life of the
# process, which LeakSanitizer would list as leaks: leaks are not checked.
export ASAN_OPTIONS=${ASAN_OPTIONS:-halt_on_error=1:detect_leaks=0}
export TSAN_OPTIONS=${TSAN_OPTIONS:-halt_on_error=1}
export SWIFT_BACKTRACE=enable=no

status=0
for sanitizer in "${sanitizers[@]}"; do
    case "$sanitizer" in address|thread) ;; *) echo "unknown sanitizer '$sanitizer' (address, thread)" >&2; exit 2 ;; esac
    echo "== swift test --sanitize=$sanitizer" >&2
    if swift test --package-path "$root" --scratch-path "$root/.build-$sanitizer" --sanitize="$sanitizer"; then
        echo "== $sanitizer: clean" >&2
    else
        echo "== $sanitizer: FAILED" >&2
        status=1
    fi
done
exit $status
