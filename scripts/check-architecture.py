#!/usr/bin/env python3
"""Checks the package's import edges against docs/architecture.md.

Reads Package.swift (every `.target`, `.executableTarget`, `.testTarget` and `.systemLibrary` entry: name,
dependencies, `path:`, `exclude:` and `resources:`) and the `import` lines of each target's Swift sources
(`#include` lines for C targets). Fails, one line per violation (`file:line: what: rule`), when

  - a source file imports a project module that is not a *direct* declared dependency of its target
    (a module that is only reachable through another dependency does not count);
  - a declared dependency is never imported by any file of its target (an unused edge; a C system library
    counts as used when imported, or, from a C target, when one of the headers its shim includes is included);
  - an edge of the NEVER table below is declared or imported;
  - ArgumentParser is imported or declared anywhere but the `clonescan` executable.

Modules that are not targets of this package (Foundation, Dispatch, Glibc, XCTest, ...) are ignored, except
ArgumentParser. Python 3 standard library only.

usage: scripts/check-architecture.py [--root PACKAGE_DIR]
exit:  0 all allowed, 1 violations found, 2 Package.swift missing or unreadable
"""
import argparse
import os
import re
import sys

# The edges that must never exist, whatever Package.swift declares (docs/architecture.md, "Never edges").
# (source target, modules it must never import or depend on, the rule in words)
PARSER = ["Syntax", "FrontEnd", "CTreeSitter", "CTreeSitterArena"]
NEVER = [
    ("Shingles", PARSER + ["CSQLite", "Index"], "the sketch core knows no parser and does no I/O"),
    ("Sketch", PARSER + ["CSQLite", "Index"], "the sketch core knows no parser and does no I/O"),
    ("Index", ["Matching", "Report", "Jobs", "IndexPostgres"], "the index knows no verdict (nor its backends)"),
    ("IndexPostgres", ["Matching", "Report", "Jobs", "CSQLite"], "a storage backend knows no verdict and no other backend"),
    ("Matching", ["Index", "IndexPostgres", "CSQLite", "Report", "Jobs", "License"], "matching is pure: no storage, no reports, no licenses"),
    ("License", ["*"], "License imports no other project target"),
    ("History", PARSER[:1] + ["Shingles", "Sketch", "Analysis", "Index", "IndexPostgres", "Matching", "Report", "Jobs", "License",
                              "CTreeSitter", "CTreeSitterArena", "CXXHash", "CSQLite", "CZlib"],
     "History reads git histories only: no features, verdicts or reports"),
    ("clonescan", ["Syntax", "Shingles", "Sketch", "Analysis", "Index", "IndexPostgres", "History",
                   "CTreeSitter", "CTreeSitterArena", "CXXHash", "CSQLite", "CZlib"],
     "the executable only parses arguments, calls Jobs, renders through Report and sets the exit code"),
]
# The one external module the rules name: only this target may use it.
ARGUMENT_PARSER = "ArgumentParser"
ARGUMENT_PARSER_TARGETS = {"clonescan"}
ARGUMENT_PARSER_RULE = "the library knows no command line: ArgumentParser only in the clonescan executable"

TARGET_KINDS = ("target", "executableTarget", "testTarget", "systemLibrary", "binaryTarget", "plugin", "macro")
IMPORT = re.compile(
    r"^\s*(?:@[A-Za-z_]\w*(?:\([^)]*\))?\s+)*"           # @testable, @_implementationOnly, @preconcurrency, ...
    r"(?:(?:public|package|internal|fileprivate|private)\s+)?"  # Swift 6 access-level imports
    r"import\s+(?:(?:typealias|struct|class|enum|protocol|let|var|func)\s+)?"
    r"([A-Za-z_]\w*)")
INCLUDE = re.compile(r'^\s*#\s*(?:include|import)\s*[<"]([^>"]+)[>"]')
SWIFT_EXT = (".swift",)
C_EXT = (".c", ".h", ".cc", ".cpp", ".cxx", ".hpp", ".m", ".mm")


class Target:
    def __init__(self, kind, name, line):
        self.kind = kind
        self.name = name
        self.line = line                     # line of the entry in Package.swift
        self.deps = []                       # [(module, line in Package.swift)]
        self.path = None
        self.exclude = []
        self.resources = []

    @property
    def module(self):
        return self.name.replace("-", "_")

    def directory(self, root):
        if self.path is not None:
            return os.path.join(root, self.path)
        return os.path.join(root, "Tests" if self.kind == "testTarget" else "Sources", self.name)


def strip_comments(text):
    """`text` with comments blanked out (newlines kept, so offsets and line numbers stay put)."""
    out, i, n = [], 0, len(text)
    while i < n:
        c = text[i]
        if c == '"':
            j = i + 1
            while j < n and text[j] != '"':
                j += 2 if text[j] == "\\" else 1
            out.append(text[i:j + 1])
            i = j + 1
        elif text.startswith("//", i):
            j = text.find("\n", i)
            j = n if j < 0 else j
            out.append(" " * (j - i))
            i = j
        elif text.startswith("/*", i):
            j = text.find("*/", i + 2)
            j = n if j < 0 else j + 2
            out.append(re.sub(r"[^\n]", " ", text[i:j]))
            i = j
        else:
            out.append(c)
            i += 1
    return "".join(out)


def balanced(text, start, open_char, close_char):
    """Index just past the bracket that closes the one at `start`."""
    depth, i = 0, start
    while i < len(text):
        c = text[i]
        if c == '"':
            i += 1
            while i < len(text) and text[i] != '"':
                i += 2 if text[i] == "\\" else 1
        elif c == open_char:
            depth += 1
        elif c == close_char:
            depth -= 1
            if depth == 0:
                return i + 1
        i += 1
    raise ValueError("unbalanced %s at offset %d" % (open_char, start))


def argument(entry, label, open_char="[", close_char="]"):
    """The text of `label: [...]` (or `(...)`) at the top level of an entry, with its offset; None if absent."""
    depth = 0
    i = 0
    while i < len(entry):
        c = entry[i]
        if c == '"':
            i += 1
            while i < len(entry) and entry[i] != '"':
                i += 2 if entry[i] == "\\" else 1
        elif c in "([":
            depth += 1
        elif c in ")]":
            depth -= 1
        elif depth == 1 and entry.startswith(label, i) and re.match(r"\s*:", entry[i + len(label):]) \
                and not re.match(r"\w", entry[i - 1]):
            j = i + len(label) + re.match(r"\s*:\s*", entry[i + len(label):]).end()
            if j < len(entry) and entry[j] == open_char:
                end = balanced(entry, j, open_char, close_char)
                return entry[j + 1:end - 1], j + 1
            m = re.match(r'"((?:[^"\\]|\\.)*)"', entry[j:])
            if m:
                return m.group(1), j + 1
            return None
        i += 1
    return None


def parse_package(root):
    path = os.path.join(root, "Package.swift")
    with open(path, encoding="utf-8") as f:
        raw = f.read()
    text = strip_comments(raw)

    def line_of(offset):
        return text.count("\n", 0, offset) + 1

    m = re.search(r"\bPackage\s*\(", text)
    if not m:
        raise ValueError("no `Package(` in Package.swift")
    call = m.end() - 1
    found = argument(text[call:balanced(text, call, "(", ")")], "targets")
    if not found:
        raise ValueError("no `targets: [` in Package(...)")
    array_start = call + found[1] - 1
    array_end = balanced(text, array_start, "[", "]")
    targets = []
    i = array_start + 1
    entry_re = re.compile(r"\s*\.(%s)\s*\(" % "|".join(TARGET_KINDS))
    while i < array_end - 1:
        em = entry_re.match(text, i)
        if not em:
            i += 1
            continue
        paren = em.end() - 1
        end = balanced(text, paren, "(", ")")
        entry = text[paren:end]
        name = argument(entry, "name")
        if not name:
            raise ValueError("Package.swift:%d: a .%s without a name" % (line_of(paren), em.group(1)))
        t = Target(em.group(1), name[0], line_of(paren))
        deps = argument(entry, "dependencies")
        if deps:
            body, off = deps
            for dm in re.finditer(r'\.product\s*\(\s*name\s*:\s*"([^"]+)"'
                                  r'|\.(?:target|byName)\s*\(\s*name\s*:\s*"([^"]+)"'
                                  r'|"([^"]+)"', body):
                # A plain string inside .product(...) / .target(...) is the name already taken, or a package name.
                if dm.group(3) is not None and _inside_call(body, dm.start()):
                    continue
                module = dm.group(1) or dm.group(2) or dm.group(3)
                t.deps.append((module, line_of(paren + off + dm.start())))
        p = argument(entry, "path")
        if p:
            t.path = p[0]
        for label, store in (("exclude", t.exclude), ("resources", t.resources)):
            a = argument(entry, label)
            if a:
                store.extend(re.findall(r'"([^"]+)"', a[0]))
        targets.append(t)
        i = end
    return targets


def _inside_call(body, offset):
    """Whether `offset` of a dependency list lies inside a `.product(...)`/`.target(...)` call."""
    depth = 0
    for c in body[:offset]:
        if c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
    return depth > 0


def source_files(target, root):
    base = target.directory(root)
    skipped = [os.path.normpath(os.path.join(base, x)) for x in target.exclude + target.resources]
    out = []
    for dirpath, dirnames, filenames in os.walk(base):
        dirnames[:] = sorted(d for d in dirnames if os.path.normpath(os.path.join(dirpath, d)) not in skipped)
        for name in sorted(filenames):
            full = os.path.normpath(os.path.join(dirpath, name))
            if full in skipped:
                continue
            if name.endswith(SWIFT_EXT) or name.endswith(C_EXT):
                out.append(full)
    return out


def swift_imports(path):
    """(line, module) of every import statement, skipping comments and multi-line string literals."""
    found = []
    in_string = False
    in_comment = False
    with open(path, encoding="utf-8", errors="replace") as f:
        for number, line in enumerate(f, 1):
            code = line
            if in_comment:
                end = code.find("*/")
                if end < 0:
                    continue
                code = code[end + 2:]
                in_comment = False
            if not in_string:
                m = IMPORT.match(code)
                if m:
                    found.append((number, m.group(1)))
            # Track `"""` literals and `/* */` comments that span lines (good enough for real sources).
            quotes = code.count('"""')
            if quotes % 2 == 1:
                in_string = not in_string
            if not in_string:
                stripped = re.sub(r'"(?:[^"\\]|\\.)*"', '""', code.split("//")[0])
                if stripped.rfind("/*") > stripped.rfind("*/"):
                    in_comment = True
    return found


def c_includes(path):
    found = []
    with open(path, encoding="utf-8", errors="replace") as f:
        for number, line in enumerate(f, 1):
            m = INCLUDE.match(line)
            if m:
                found.append((number, m.group(1)))
    return found


def headers_of(target, root):
    """Headers through which a C target or system library is reached by `#include` from C code."""
    base = target.directory(root)
    names = set()
    if target.kind == "systemLibrary":
        for name in os.listdir(base) if os.path.isdir(base) else []:
            if name.endswith(".h"):
                names.update(h for _, h in c_includes(os.path.join(base, name)))
    else:
        include = os.path.join(base, "include")
        for dirpath, _, filenames in os.walk(include):
            for name in filenames:
                if name.endswith(".h"):
                    names.add(os.path.relpath(os.path.join(dirpath, name), include))
    return names


def check(root):
    targets = parse_package(root)
    by_module = {t.module: t for t in targets if t.kind != "testTarget"}
    project = set(by_module)
    never = {}
    for source, modules, rule in NEVER:
        for m in (sorted(project - {source}) if modules == ["*"] else modules):
            never[(source, m)] = rule
    violations = []
    edges = set()

    def rel(p):
        return os.path.relpath(p, root)

    for t in targets:
        declared = {}
        for module, line in t.deps:
            declared.setdefault(module, line)
            if (t.name, module) in never:
                violations.append("Package.swift:%d: %s -> %s declared: never-edge: %s" % (line, t.name, module, never[(t.name, module)]))
            elif module == ARGUMENT_PARSER and t.name not in ARGUMENT_PARSER_TARGETS:
                violations.append("Package.swift:%d: %s -> %s declared: %s" % (line, t.name, module, ARGUMENT_PARSER_RULE))
        if t.kind not in ("systemLibrary", "binaryTarget") and not os.path.isdir(t.directory(root)):
            violations.append("Package.swift:%d: %s: no source directory %s (its edges cannot be checked)"
                              % (t.line, t.name, rel(t.directory(root))))
            continue
        used = set()
        header_owner = {}
        for module in declared:
            dep = by_module.get(module)
            if dep is not None:
                for h in headers_of(dep, root):
                    header_owner[h] = module
        for path in source_files(t, root):
            if path.endswith(SWIFT_EXT):
                for line, module in swift_imports(path):
                    if module != ARGUMENT_PARSER and module not in project:
                        if module in declared:
                            used.add(module)  # a declared package product (TOMLKit, Crypto, ...)
                        continue  # Foundation, Glibc, XCTest, ...: not ours
                    if module == t.module:
                        continue
                    edges.add((t.name, module))
                    used.add(module)
                    where = "%s:%d: import %s" % (rel(path), line, module)
                    if (t.name, module) in never:
                        violations.append("%s: never-edge: %s" % (where, never[(t.name, module)]))
                    elif module == ARGUMENT_PARSER and t.name not in ARGUMENT_PARSER_TARGETS:
                        violations.append("%s: %s" % (where, ARGUMENT_PARSER_RULE))
                    elif module not in declared:
                        violations.append("%s: %s does not declare %s (only direct dependencies in Package.swift may be imported)"
                                          % (where, t.name, module))
            else:
                for line, header in c_includes(path):
                    module = header_owner.get(header)
                    if module:
                        edges.add((t.name, module))
                        used.add(module)
        for module, line in declared.items():
            if module not in used and (t.name, module) not in never:
                violations.append("Package.swift:%d: %s -> %s: declared but never imported by %s (unused edge: drop it)"
                                  % (line, t.name, module, rel(t.directory(root))))
    return targets, edges, violations


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--root", default=os.path.dirname(here), help="the package directory (default: this repository)")
    args = ap.parse_args()
    try:
        targets, edges, violations = check(args.root)
    except (OSError, ValueError) as e:
        print("architecture: cannot read the package: %s" % e, file=sys.stderr)
        return 2
    for v in violations:
        print(v)
    if violations:
        print("architecture: %d violation%s (rules: docs/architecture.md)" % (len(violations), "" if len(violations) == 1 else "s"))
        return 1
    print("architecture: %d targets, %d import edges, all allowed" % (len(targets), len(edges)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
