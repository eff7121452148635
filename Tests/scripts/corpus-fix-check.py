#!/usr/bin/env python3
"""Checks `mailproof fix` on a folder of real templates: fixing is idempotent, never adds findings, keeps every
template tag and conditional comment, and changes no byte outside its edits (the diff's removed text must all
be inside what the fixer reported). Usage: Tests/scripts/corpus-fix-check.py MAILPROOF CORPUS_DIR"""
import json, os, re, subprocess, sys, tempfile

binary, corpus = sys.argv[1], sys.argv[2]
TAGS = re.compile(rb"\{\{.*?\}\}|\{%.*?%\}|\*\|.*?\|\*|<!--\[if[^\]]*\]>|<!\[endif\]-->")

def findings(path):
    run = subprocess.run([binary, "check", "--format", "json", "--no-progress", path], capture_output=True)
    data = json.loads(run.stdout)
    return data["files"][0]["findings"]

def fix(path):
    run = subprocess.run([binary, "fix", path], capture_output=True)
    return run.returncode, run.stdout

def apply_declared_edits(path, scratch, passes=10):
    """Replays the fixer from the outside: each pass applies the edits that `check` declares, except those touching
    markup with a parse error (refused, as `fix` without --force refuses them), and leaves overlapping edits and
    second insertions at one offset for the next pass. The result must equal `fix`'s output: then no byte changed
    outside a declared edit."""
    text = open(path, "rb").read()
    current = os.path.join(scratch, "replay" + os.path.splitext(path)[1])
    open(current, "wb").write(text)
    for _ in range(passes):
        found = findings(current)
        broken = [(f["offset"], f["offset"] + f["length"]) for f in found if f["rule"] == "html-parse" and f["severity"] == "error"]
        edits = []
        for finding in found:
            group = [(e["offset"], e["offset"] + e["length"], e["replacement"].encode()) for e in (finding.get("fix") or [])]
            if any((bs < e and s < be) or (bs, be) == (s, e) for s, e, _ in group for bs, be in broken):
                continue
            edits += group
        if not edits:
            break
        accepted, last_end, last_insertion = [], -1, -1
        for start, end, replacement in sorted(edits, key=lambda t: (t[0], t[1])):
            if start < last_end or (start == end and start == last_insertion) or end > len(text):
                continue
            accepted.append((start, end, replacement))
            last_end = max(last_end, end)
            last_insertion = start if start == end else -1
        for start, end, replacement in reversed(accepted):
            text = text[:start] + replacement + text[end:]
        open(current, "wb").write(text)
    return text

files = [os.path.join(d, f) for d, _, fs in os.walk(corpus) for f in fs if f.endswith((".html", ".htm", ".liquid", ".hbs"))]
problems, changed, fixed_total = [], 0, 0
with tempfile.TemporaryDirectory() as scratch:
    for index, path in enumerate(sorted(files)):
        code, once = fix(path)
        if code != 0:
            problems.append(f"{path}: fix exited {code}")
            continue
        original = open(path, "rb").read()
        if once == original:
            continue
        changed += 1
        copy = os.path.join(scratch, f"{index}{os.path.splitext(path)[1]}")
        open(copy, "wb").write(once)
        _, twice = fix(copy)
        if twice != once:
            problems.append(f"{path}: fixing the fixed file changes it again")
        before, after = findings(path), findings(copy)
        if apply_declared_edits(path, scratch) != once:
            problems.append(f"{path}: fix's output differs from applying the declared edits (a byte changed outside them?)")
        fixed_total += len(before) - len(after)
        if len(after) > len(before):
            problems.append(f"{path}: {len(before)} findings before, {len(after)} after")
        if [t for t in TAGS.findall(original)] != [t for t in TAGS.findall(once)]:
            # Fixes may remove whole <script> elements; tags must survive everywhere else.
            lost = [t for t in TAGS.findall(original) if t not in TAGS.findall(once)]
            if lost:
                problems.append(f"{path}: template tags or conditional comments lost: {lost[:3]}")

print(f"{len(files)} files, {changed} changed by fix, {fixed_total} findings fewer after fixing")
for problem in problems:
    print("PROBLEM", problem)
sys.exit(1 if problems else 0)
