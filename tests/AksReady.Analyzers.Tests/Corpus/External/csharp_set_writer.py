#!/usr/bin/env python3
"""Case builders and the set-file writer shared by write_csharp_secrets_5.py and _6.py (format: README.md).

A case is (label, source, note, C# text); the measuring test wraps each in its own namespace and compiles it with the
set's '=== stubs' block.
"""
import pathlib

HERE = pathlib.Path(__file__).resolve().parent


def builders(cases):
    """case(), local() and member() appending to `cases`: a whole text, statements in one method, or class members."""

    def case(label, source, note, body):
        cases.append((label, source, note, body.strip("\n")))

    def local(label, source, note, stmts, cls="Sample"):
        """The peer's statements as the body of one method."""
        body = "\n".join("        " + s for s in stmts.strip("\n").split("\n"))
        case(label, source, note, f"class {cls}\n{{\n    void Run()\n    {{\n{body}\n    }}\n}}")

    def member(label, source, note, members, cls="Sample"):
        body = "\n".join("    " + s for s in members.strip("\n").split("\n"))
        case(label, source, note, f"class {cls}\n{{\n{body}\n}}")

    return case, local, member


def write_csharp_set(file_name, title, format_note, stubs_source, stubs, cases):
    """Writes `file_name` next to this module: `title` + the stated counts, `format_note`, the stubs, then every case."""
    positives = sum(1 for c in cases if c[0] == "positive")
    negatives = len(cases) - positives
    out = [f"{title} cases: {len(cases)}; positives: {positives}; negatives: {negatives}",
           format_note,
           f"=== stubs | compiled with every case | source: {stubs_source}",
           stubs]
    for label, source, note, text in cases:
        assert "|" not in source and "|" not in note, note
        out.append(f"=== {label} | source: {source} | {note}")
        out.append(text)
    (HERE / file_name).write_text("\n".join(out) + "\n")
    print(len(cases), positives, negatives)
    return positives, negatives
