#!/usr/bin/env python3
"""Counts and writes a held-out AKS2003 set file, shared by write_config_secrets_4.py to _9.py.

A case is (file name, secret lines | "none", exclude lines, clean lines, source, note, file content). Units are counted as
ExternalConfigCorpusTests counts them: every labelled secret line is a positive; every clean line, a "none" file, and the
rest of a file with labelled lines (when any other non-comment line is left) is a negative.
"""
import json
import pathlib

HERE = pathlib.Path(__file__).resolve().parent
FORMAT = ("'=== <file name> | secret: <lines>|none [| exclude: <lines>] [| clean: <lines>] | source: <repo>:<path>@<commit> | "
          "<note>', then the file.")


def case_adder(cases):
    """`add(name, secret_lines, source, note, content, exclude=None, clean=None)` appending to `cases` in the order
    write_config_set reads (name, secret, exclude, clean, source, note, content without outer blank lines)."""
    def add(name, secret_lines, source, note, content, exclude=None, clean=None):
        cases.append((name, secret_lines, exclude, clean, source, note, content.strip("\n")))
    return add


def js(value):
    """A JSON scalar, non-ASCII characters kept."""
    return json.dumps(value, ensure_ascii=False)


def lines(s):
    return [int(x) for x in (s or "").split()]


def write_config_set(cases, file_name, title, format_note, family=None, check_json=False):
    """Writes `file_name` next to this module: `title` + the stated counts, `format_note` + FORMAT, then every case."""
    pos = neg = 0
    jp = jn = yp = yn = 0
    rest = 0
    per = {}
    for name, sec, exc, clean, src, note, content in cases:
        text = content.split("\n")
        for l in lines(sec if sec not in ("none", "file") else "") + lines(exc) + lines(clean):
            assert 1 <= l <= len(text), (name, note, l)
        for l in lines(sec if sec != "none" else ""):
            assert text[l - 1].strip() and not text[l - 1].strip().startswith("#"), (name, l)
        if check_json and name.endswith(".json"):
            json.loads(content)
        p = len(lines(sec)) if sec != "none" else 0
        n = len(lines(clean))
        labelled = set(lines(sec) if sec != "none" else []) | set(lines(clean))
        has_rest = any(t.strip() and not t.strip().startswith("#") and (i + 1) not in labelled for i, t in enumerate(text))
        r = 0
        if sec == "none" and not clean:
            n = 1
        elif has_rest:
            n += 1
            rest += 1
            r = 1
        pos += p
        neg += n
        if family is not None:
            f = per.setdefault(family(src), [0, 0, 0])
            f[0] += p
            f[1] += n - r
            f[2] += r
        if name.endswith(".json"):
            jp += p
            jn += n
        else:
            yp += p
            yn += n

    out = [f"{title} cases: {len(cases)}; positives: {pos}; negatives: {neg}", f"{format_note} {FORMAT}"]
    for name, sec, exc, clean, src, note, content in cases:
        assert "|" not in note and "|" not in src, note
        h = f"=== {name} | secret: {sec}"
        if exc:
            h += f" | exclude: {exc}"
        if clean:
            h += f" | clean: {clean}"
        out.append(h + f" | source: {src} | {note}")
        out.append(content)
    (HERE / file_name).write_text("\n".join(out) + "\n")
    print(f"cases {len(cases)} positives {pos} (json {jp}, yaml {yp}) negatives {neg} (json {jn}, yaml {yn}; rest-of-file units {rest}; substantive {neg - rest})")
    if family is not None:
        print("per source [positive, substantive negative, rest-of-file]:", per)
