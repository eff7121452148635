#!/usr/bin/env python3
"""Checks `mailproof fix` on a folder of real templates: fixing is idempotent, never adds findings, keeps every
template tag and conditional comment, and changes no byte outside its edits (the diff's removed text must all
be inside what the fixer reported). Usage: Tests/scripts/corpus-fix-check.py MAILPROOF CORPUS_DIR"""
import difflib, json, os, re, subprocess, sys, tempfile

binary, corpus = sys.argv[1], sys.argv[2]
TAGS = re.compile(rb"\{\{.*?\}\}|\{%.*?%\}|\*\|.*?\|\*|<!--\[if[^\]]*\]>|<!\[endif\]-->")

def findings(path):
    run = subprocess.run([binary, "check", "--format", "json", "--no-progress", path], capture_output=True)
    data = json.loads(run.stdout)
    return data["files"][0]["findings"]

def changes_outside_edits(original, fixed, found):
    """Regions of the original that differ in the fixed text but lie outside every edit the findings declared."""
    edits = [(e["offset"], e["offset"] + e["length"]) for f in found for e in (f.get("fix") or [])]
    matcher = difflib.SequenceMatcher(None, original, fixed, autojunk=False)
    stray = []
    for tag, i1, i2, _, _ in matcher.get_opcodes():
        if tag == "equal":
            continue
        if not any(start <= i2 and i1 <= end for start, end in edits):
            stray.append((i1, i2))
    return stray

def fix(path):
    run = subprocess.run([binary, "fix", path], capture_output=True)
    return run.returncode, run.stdout

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
        stray = changes_outside_edits(original, once, before)
        if stray:
            problems.append(f"{path}: bytes changed outside any declared edit at {stray[:3]}")
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
