#!/usr/bin/env python3
"""Longest methods and deepest nesting in C# sources, without a compiler (a heuristic on layout, which the build's
code style fixes: Allman braces, four-space indents).

A method is a line at any depth that starts with a modifier (public, private, internal, protected, static, ...) and has a
parameter list, types (a record's primary constructor) excepted: a method, constructor or operator (local functions count towards the method
that holds them). Its length runs from that line to the closing brace at the same indent (block body), or to the line
that ends the expression (expression body, `=>` ... `;`), blank lines and comments included. Nesting is the deepest
brace depth inside a member (the namespace is file-scoped; depth 1 is the class body).

usage: perf/method-lengths.py [--top N] [--over LINES] PATH...   (folders are searched for *.cs, obj/ and bin/ skipped)
"""
import argparse
import os
import re
import sys

MODIFIERS = r"(?:public|private|internal|protected|static|override|async|sealed|virtual|abstract|readonly|new|extern|unsafe|partial|implicit|explicit)"
HEADER = re.compile(r"^(?:" + MODIFIERS + r"\s+)+[^=;{]*\(")
TYPE = re.compile(r"\b(?:class|record|struct|interface|enum|delegate)\b")


def files(paths):
    for path in paths:
        if os.path.isfile(path):
            yield path
            continue
        for root, dirs, names in os.walk(path):
            dirs[:] = [d for d in dirs if d not in ("obj", "bin")]
            for name in sorted(names):
                if name.endswith(".cs"):
                    yield os.path.join(root, name)


def indent(line):
    return len(line) - len(line.lstrip(" "))


def methods(lines):
    """(start line, length, name) of every member with a parameter list."""
    for i, line in enumerate(lines):
        text = line.strip()
        if not HEADER.match(text) or text.startswith("//") or TYPE.search(text.split("(", 1)[0]):
            continue
        if re.search(r"\{\s*(?:get|set|init)\b", text):
            continue  # an auto-property whose type is a tuple, "public required (int A, int B) P { get; init; }"
        names = [m.group(1) for m in re.finditer(r"(\w+)\s*(?:<[^()]*>)?\s*\(", text) if not re.fullmatch(MODIFIERS, m.group(1))]
        name = names[0] if names else "?"
        depth = indent(line)
        end = None
        j = i
        # The header may span lines; find where its body starts.
        while j < len(lines):
            t = lines[j].strip()
            if "=>" in t and not (lines[j + 1].strip() == "{" if j + 1 < len(lines) else False):
                # Expression body: to the line ending in ';' at bracket balance.
                balance = 0
                for k in range(j, len(lines)):
                    s = lines[k]
                    balance += s.count("(") + s.count("[") + s.count("{") - s.count(")") - s.count("]") - s.count("}")
                    if lines[k].rstrip().endswith(";") and balance <= 0:
                        end = k
                        break
                break
            if j + 1 < len(lines) and lines[j + 1].strip() == "{" and indent(lines[j + 1]) == depth:
                for k in range(j + 2, len(lines)):
                    if lines[k].strip() == "}" and indent(lines[k]) == depth:
                        end = k
                        break
                break
            if t.endswith(";"):
                break  # abstract or extern member, or a field initialiser
            j += 1
        if end is not None:
            yield i + 1, end - i + 1, name


def nesting(lines):
    depth = deepest = 0
    for line in lines:
        code = line.split("//", 1)[0]
        depth += code.count("{") - code.count("}")
        deepest = max(deepest, depth)
    return deepest


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--top", type=int, default=15)
    parser.add_argument("--over", type=int, default=None, help="exit 1 if a method is longer than this")
    parser.add_argument("paths", nargs="+")
    args = parser.parse_args()
    found, depths = [], []
    for path in files(args.paths):
        with open(path, encoding="utf-8") as f:
            lines = f.read().split("\n")
        found += [(length, path, start, name) for start, length, name in methods(lines)]
        depths.append((nesting(lines), path))
    found.sort(reverse=True)
    for length, path, start, name in found[: args.top]:
        print(f"{length:5} {path}:{start} {name}")
    deepest = max(depths, default=(0, ""))
    print(f"methods: {len(found)}; deepest brace nesting: {deepest[0]} ({deepest[1]})")
    if args.over is not None and found and found[0][0] > args.over:
        sys.exit(1)


if __name__ == "__main__":
    main()
