#!/usr/bin/env python3
"""Case builders and the set-file writer shared by write_csharp_secrets_5.py onwards (format: README.md).

A case is (label, source, note, C# text); the measuring test wraps each in its own namespace and compiles it with the
set's '=== stubs' block.
"""
import os
import pathlib
import sys

from literals import cs_name, cs_string, cs_verbatim

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


DICT = "new System.Collections.Generic.Dictionary<string, string>"


def peer_case_builders(cases, pairs, case_pairs, sources, note, drop, line_how):
    """L() (statements in one method), M() (class members) and line() (a value alone, as a one-element string array) for
    writers whose cases carry the peer's note and their (name, value) pairs for the repeat check (sets 15 to 17).
    A case whose note is in `drop` (a repeat of an earlier set) is left out."""
    _, local, member = builders(cases)

    def add(builder, label, key, peer, how, text, pair_list):
        n = note(key, peer, label, how)
        if n in drop:
            return
        builder(label, sources[key], n, text)
        case_pairs.append((len(cases) - 1, list(pair_list)))
        pairs.extend(pair_list)

    def L(label, key, peer, how, stmts, pairs=()):
        """Statements in one method."""
        add(local, label, key, peer, how, stmts, pairs)

    def M(label, key, peer, how, members, pairs=()):
        """Class members."""
        add(member, label, key, peer, how, members, pairs)

    def line(label, key, peer, value, how=line_how):
        lit = cs_verbatim(value) if "\n" in value else cs_string(value)
        L(label, key, peer, how, f"string[] lines =\n{{\n    {lit},\n}};", [("", value)] + [("", v) for v in value.split("\n")[1:2]])

    return L, M, line


def labelled_shapes(local):
    """shape(label, source, note, kind, name, value): a labelled (name, value) string typed as the .NET shape `kind` names
    (sets 6 and 7): `decl` a local, `dict` a dictionary initializer, `header` an HttpClient header (every second
    `Authorization` value with a scheme as an AuthenticationHeaderValue), `conn:<Type>` a client constructed with it,
    `url` a GET, `base` a BaseAddress, `env` an environment-variable name."""
    authorization_count = 0

    def shape(label, source, note, kind, name, value):
        nonlocal authorization_count
        lit = cs_string(value)
        if kind == "decl":
            local(label, source, note, f"string {cs_name(name)} = {lit};")
        elif kind == "dict":
            local(label, source, note, f"var settings = {DICT} {{ [{cs_string(name)}] = {lit} }};")
        elif kind == "header":
            if name == "Authorization" and " " in value and authorization_count % 2 == 1:
                scheme, parameter = value.split(" ", 1)
                stmt = f"http.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue({cs_string(scheme)}, {cs_string(parameter)});"
            else:
                stmt = f"http.DefaultRequestHeaders.Add({cs_string(name)}, {lit});"
            if name == "Authorization":
                authorization_count += 1
            local(label, source, note, "var http = new System.Net.Http.HttpClient();\n" + stmt)
        elif kind.startswith("conn:"):
            local(label, source, note, f"var client = new {kind[5:]}({lit});")
        elif kind == "url":
            local(label, source, note, f"var http = new System.Net.Http.HttpClient();\n_ = http.GetAsync({lit});")
        elif kind == "base":
            local(label, source, note, f"var http = new System.Net.Http.HttpClient {{ BaseAddress = new System.Uri({lit}) }};")
        elif kind == "env":
            local(label, source, note, f"string {cs_name(name)} = System.Environment.GetEnvironmentVariable({lit});")
        else:
            raise ValueError(kind)

    return shape


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


def write_checked_set(here, check_repeats, pairs, case_pairs, family, file_name, title, format_note, stubs_source, stubs, cases):
    """The main of the set-12/13 writers: fails when a case repeats a value of an earlier set (SHOW_REPEATS=1 lists which
    case and exits), writes the set, and prints the positive/negative counts per family."""
    repeats = check_repeats(here, pairs)
    if os.environ.get("SHOW_REPEATS"):
        for idx, one_case_pairs in case_pairs:
            hit = check_repeats(here, one_case_pairs)
            if hit:
                print(idx, cases[idx][0], cases[idx][2][:120], hit)
        sys.exit(0)
    assert not repeats, repeats
    write_csharp_set(file_name, title, format_note, stubs_source, stubs, cases)
    fam = {}
    for label, source, _, _ in cases:
        f = fam.setdefault(family(source), [0, 0])
        f[0 if label == "positive" else 1] += 1
    print(fam)
