#!/usr/bin/env python3
"""Compare `mailproof inline` with css-inline (pip install css-inline) element by element.

For every .html file under CORPUS, both tools inline the file (css-inline with keep_at_rules=True and, offline,
load_remote_stylesheets=False; mailproof with its defaults; --apply-size-attributes adds css-inline's
apply_width/height_attributes). Both outputs are parsed
with Python's html.parser; elements inside Outlook conditional comments are parsed too (css-inline treats them
as comments, which is one of the differences this measures). Elements are aligned by tag sequence (css-inline's
html5ever adds <tbody> and friends), and the style declarations of aligned elements are compared after
normalisation (property lower-cased, whitespace collapsed, double quotes as single).

usage: Benchmarks/compare-inline.py [--mailproof PATH] [--apply-size-attributes] [--examples N] CORPUS
"""
import argparse
import collections
import difflib
import html.parser
import os
import re
import subprocess
import sys
import tempfile

import css_inline

TEMPLATE_TAG = re.compile(r"\{\{.*?\}\}|\{%.*?%\}|\*\|.*?\|\*", re.S)
CONDITIONAL = re.compile(r"^\[if [^\]]*\]>(.*)<!\[endif\]$", re.S)


def declarations(style):
    """`a: b; c: d !important` -> [(a, b, False), (c, d, True)], splitting on ; outside quotes and parentheses."""
    parts, depth, quote, current = [], 0, None, ""
    for ch in style or "":
        if quote:
            quote = None if ch == quote else quote
        elif ch in "\"'":
            quote = ch
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth = max(0, depth - 1)
        elif ch == ";" and depth == 0:
            parts.append(current)
            current = ""
            continue
        current += ch
    parts.append(current)
    result = []
    for part in parts:
        if ":" not in part:
            continue
        name, value = part.split(":", 1)
        value = " ".join(value.split()).replace('"', "'")
        important = value.lower().endswith("!important")
        if important:
            value = value[: -len("!important")].rstrip()
        result.append((name.strip().lower(), value, important))
    return result


class Elements(html.parser.HTMLParser):
    """Elements in document order as (tag, style, inside-conditional-comment)."""

    def __init__(self, conditional=False):
        super().__init__(convert_charrefs=True)
        self.conditional = conditional
        self.items = []

    def handle_starttag(self, tag, attrs):
        style = next((v for k, v in attrs if k == "style"), None)
        self.items.append((tag, style, self.conditional))

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)

    def handle_comment(self, data):
        match = CONDITIONAL.match(data.strip())
        if match:
            inner = Elements(conditional=True)
            inner.feed(match.group(1))
            inner.close()
            self.items.extend(inner.items)


def elements(text):
    parser = Elements()
    parser.feed(text)
    parser.close()
    return parser.items


UNRENDERED = {"head", "title", "meta", "link", "style", "script", "base"}


def classify(tag, ours, theirs, conditional, original_style):
    if tag in UNRENDERED:
        return "element that renders nothing (head, meta, title...): mailproof leaves it unstyled"
    if conditional:
        return "inside a conditional comment (css-inline does not see it)"
    if TEMPLATE_TAG.search(ours or "") or TEMPLATE_TAG.search(theirs or "") or TEMPLATE_TAG.search(original_style or ""):
        return "template tag in the style"
    a, b = declarations(ours), declarations(theirs)
    if sorted(a) == sorted(b):
        return "same declarations, other order"
    da = {n: (v, i) for n, v, i in a}
    db = {n: (v, i) for n, v, i in b}
    if da == db:
        return "duplicate properties collapsed differently"
    if {n for n, _, _ in a} != {n for n, _, _ in b}:
        return "different properties"
    if any(da[n][1] != db[n][1] for n in da):
        return "!important handled differently"
    return "different values"


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("corpus")
    parser.add_argument("--mailproof", default=".build/debug/mailproof")
    parser.add_argument("--apply-size-attributes", action="store_true")
    parser.add_argument("--examples", type=int, default=5)
    args = parser.parse_args()

    # Offline, as with no network: otherwise css-inline fetches every <link rel=stylesheet> and, without a network,
    # refuses the file, which then leaves the comparison (18 corpus files did).
    options = dict(keep_at_rules=True, load_remote_stylesheets=False)
    flags = []
    if args.apply_size_attributes:
        options.update(apply_width_attributes=True, apply_height_attributes=True)
        flags.append("--apply-size-attributes")
    inliner = css_inline.CSSInliner(**options)

    totals = collections.Counter()
    kinds = collections.Counter()
    examples = collections.defaultdict(list)
    files = sorted(os.path.join(d, f) for d, _, fs in os.walk(args.corpus) for f in fs if f.endswith(".html"))
    for path in files:
        with open(path, encoding="utf-8", errors="replace") as handle:
            original = handle.read()
        totals["files"] += 1
        run = subprocess.run([args.mailproof, "inline", *flags, path], capture_output=True)
        if run.returncode not in (0,):
            totals["mailproof failed"] += 1
            continue
        ours = run.stdout.decode("utf-8", "replace")
        try:
            theirs = inliner.inline(original)
        except Exception as error:  # css-inline refuses some inputs
            totals["css-inline failed"] += 1
            continue
        source_tags = collections.Counter(TEMPLATE_TAG.findall(original))
        if source_tags:
            totals["files with template tags"] += 1
            if not source_tags - collections.Counter(TEMPLATE_TAG.findall(ours)):
                totals["template tags all kept (mailproof)"] += 1
            if not source_tags - collections.Counter(TEMPLATE_TAG.findall(theirs)):
                totals["template tags all kept (css-inline)"] += 1
        with tempfile.NamedTemporaryFile(suffix=".html") as once:
            once.write(run.stdout)
            once.flush()
            again = subprocess.run([args.mailproof, "inline", *flags, once.name], capture_output=True)
        if again.returncode == 0 and again.stdout != run.stdout:
            totals["not idempotent"] += 1

        source_items = elements(original)
        a, b = elements(ours), elements(theirs)
        matcher = difflib.SequenceMatcher(a=[t for t, _, _ in a], b=[t for t, _, _ in b], autojunk=False)
        file_same = True
        for block in matcher.get_matching_blocks():
            for k in range(block.size):
                ta, sa, ca = a[block.a + k]
                tb, sb, _ = b[block.b + k]
                source_style = source_items[block.a + k][1] if block.a + k < len(source_items) else None
                totals["elements"] += 1
                if not sa and not sb:
                    totals["identical"] += 1
                    totals["unstyled by both"] += 1
                    continue
                if declarations(sa) == declarations(sb):
                    totals["identical"] += 1
                    continue
                if sorted(declarations(sa)) == sorted(declarations(sb)):
                    totals["identical ignoring order"] += 1
                kind = classify(ta, sa, sb, ca, source_style)
                kinds[kind] += 1
                file_same = False
                if len(examples[kind]) < args.examples:
                    examples[kind].append((path, ta, sa, sb))
        totals["unaligned elements"] += len(a) + len(b) - 2 * sum(x.size for x in matcher.get_matching_blocks())
        if file_same:
            totals["files identical"] += 1

    elements_total = totals["elements"] or 1
    print(f"files: {totals['files']}  (mailproof failed: {totals['mailproof failed']}, css-inline failed: {totals['css-inline failed']})")
    print(f"files with every aligned element identical: {totals['files identical']}")
    print(f"aligned elements: {totals['elements']}  identical: {totals['identical']} ({100 * totals['identical'] / elements_total:.2f}%)"
          f"  (unstyled by both: {totals['unstyled by both']})")
    print(f"identical once order is ignored: {totals['identical'] + totals['identical ignoring order']}"
          f" ({100 * (totals['identical'] + totals['identical ignoring order']) / elements_total:.2f}%)")
    print(f"elements only one parser saw (tbody etc.): {totals['unaligned elements']}")
    print(f"files with template tags: {totals['files with template tags']}; every tag kept: mailproof"
          f" {totals['template tags all kept (mailproof)']}, css-inline {totals['template tags all kept (css-inline)']}")
    print(f"mailproof not idempotent: {totals['not idempotent']}")
    print("differences:")
    for kind, count in kinds.most_common():
        print(f"  {count:6d}  {kind}")
        for path, tag, sa, sb in examples[kind]:
            print(f"          {os.path.relpath(path, args.corpus)} <{tag}>\n            mailproof:  {sa}\n            css-inline: {sb}")


if __name__ == "__main__":
    sys.exit(main())
