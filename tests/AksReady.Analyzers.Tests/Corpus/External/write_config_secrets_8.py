#!/usr/bin/env python3
"""Writes config-secrets-8.txt: the eighth held-out AKS2003 set, see README.md ('Configuration files, set 8').

Built with C# set 8 (same day, branch, sources and selection rules; labelled strings and provenance in
set8_sources.py) and committed with its wiring before AKS2003 ran on it (a blind figure for the rules of 6c21d64).

Each labelled string of set8_sources.ITEMS with scope both/config becomes one small configuration file, alternately
appsettings.json and config.yaml (counted separately for positives and negatives):

- decl/dict: the peer's name (or the neutral name noted) and value as one member (`{ "NAME": "value" }` / `NAME: value`;
  a value with a control character is written with JSON escapes, in YAML as a double-quoted scalar);
- header: under a `Headers` section; scalar: the peer's unquoted value (true, false, a number).

Environment variables become what they are in a Kubernetes Pod: dockle's `ENV` lines and pre-commit-hooks'
test_get_aws_secrets_from_env environments as a container's `env:` list (the `value:` line labelled, as in sets 1-3),
dockle's `/bin/sh -c` command lines as the container's `command:` list (the script line labelled). pre-commit-hooks'
AWS ini files are re-typed with their sections as mappings (alternately config.yaml with the ini comment kept as a YAML
comment, and appsettings.json without it): the secret-key and session-token lines labelled, the access-key-id lines and
an empty secret `clean:` (outside the expected set), a file whose expected set is empty `secret: none` with those lines
clean.
"""
import pathlib
import sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from set8_sources import (ITEMS, DOCKLE, DOCKLE_RUN, DOCKLE_ENV2, PCH, AWS_FILES, AWS_ENV, P, N, family,  # noqa: E402
                          aws_sections, aws_label, check_repeats, yaml_scalar)
from config_set_writer import case_adder, js, write_config_set  # noqa: E402  (js: used by the cases below)

CASES = []  # (name, secret, exclude, clean, source, note, content)
J = "appsettings.json"
Y = "config.yaml"


add = case_adder(CASES)


def ys(value):
    """A YAML scalar; values with control characters as a double-quoted (JSON-escaped) scalar."""
    return js(value) if any(ord(c) < 32 for c in value) else yaml_scalar(value)


turn = {P: 0, N: 0}
for label, source, note, kind, name, value, scope in ITEMS:
    if scope == "cs" or source == DOCKLE:
        continue
    as_json = turn[label] % 2 == 0
    turn[label] += 1
    if kind in ("decl", "dict", "scalar"):
        if as_json:
            content, line = "{\n  " + js(name) + ": " + (value if kind == "scalar" else js(value)) + "\n}", 2
        else:
            content, line = f"{name}: {value if kind == 'scalar' else ys(value)}", 1
    elif kind == "header":
        if as_json:
            content, line = '{\n  "Headers": {\n    ' + js(name) + ": " + js(value) + "\n  }\n}", 3
        else:
            content, line = f"Headers:\n  {name}: {ys(value)}", 2
    else:
        raise ValueError(kind)
    fmt = "as an appsettings.json member" if as_json else "as a YAML member"
    if kind == "header":
        fmt += " under Headers"
    add(J if as_json else Y, str(line) if label == P else "none", source, f"{note}, {fmt}", content)


# ---- environment variables and command lines as a Kubernetes Pod ----
POD = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: app\nspec:\n  containers:\n    - name: app\n      image: example.com/app:1.0"


def pod_env(variables):
    """The Pod with an env list; returns (content, {variable index: value line})."""
    lines = POD.split("\n") + ["      env:"]
    where = {}
    for i, (n, v) in enumerate(variables):
        lines.append(f"        - name: {n}")
        lines.append(f"          value: {yaml_scalar(v)}")
        where[i] = len(lines)
    return "\n".join(lines), where


D_ENV = [(label, note, name, value) for label, source, note, kind, name, value, scope in ITEMS if source == DOCKLE]
for label, note, name, value in D_ENV:
    content, where = pod_env([(name, value)])
    add("pod.yaml", str(where[0]) if label == P else "none", DOCKLE, f"{note}, as a Pod container env entry", content)
for label, test, variables in DOCKLE_ENV2:
    content, where = pod_env(variables)
    shown = " ".join(f"{n}={v}" for n, v in variables)
    sensitive = [where[i] for i, (n, v) in enumerate(variables) if n.lower() == "password"]
    add("pod.yaml", " ".join(map(str, sensitive)) if label == P else "none", DOCKLE,
        f"dockle CIS-DI-0010 \"{test}\" `ENV {shown}` (expected {'true' if label == P else 'false'}), as Pod env entries"
        + (" (the password entry labelled; the rest of the file unlabelled)" if label == P else ""), content)
for label, test, command in DOCKLE_RUN:
    content = POD + "\n      command:\n        - /bin/sh\n        - -c\n        - " + yaml_scalar(command)
    add("pod.yaml", str(content.count("\n") + 1) if label == P else "none", DOCKLE,
        f"dockle CIS-DI-0010 \"{test}\" `/bin/sh -c {command}` (expected {'true' if label == P else 'false'}), as a Pod container command (the script line labelled)",
        content)
for label, variables in AWS_ENV:
    content, where = pod_env(variables)
    shown = ", ".join(f"'{n}': '{v}'" for n, v in variables)
    secret = [where[i] for i, (n, v) in enumerate(variables) if n != "AWS_DUMMY_KEY"]
    clean = [where[i] for i, (n, v) in enumerate(variables) if n == "AWS_DUMMY_KEY"]
    add("pod.yaml", " ".join(map(str, secret)) if secret else "none", PCH["aws_test"],
        f"pre-commit-hooks test_get_aws_secrets_from_env {{{shown}}} (the hook takes every variable but AWS_DUMMY_KEY for a secret), as Pod env entries"
        + (" (AWS_DUMMY_KEY's value clean)" if clean and secret else ""),
        content, clean=" ".join(map(str, clean)) if clean and secret else None)

# ---- pre-commit-hooks' AWS ini files, sections as mappings ----
for n, (key, text) in enumerate(AWS_FILES):
    sections = aws_sections(text)
    as_json = n % 2 == 1
    secret, clean = [], []
    if as_json:
        lines = ["{"]
        for si, (section, values) in enumerate(sections):
            lines.append(f"  {js(section)}: {{")
            for vi, (k, v) in enumerate(values):
                lines.append(f"    {js(k)}: {js(v)}" + ("," if vi < len(values) - 1 else ""))
                (secret if aws_label(k, v) == P else clean).append(len(lines))
            lines.append("  }" + ("," if si < len(sections) - 1 else ""))
        lines.append("}")
    else:
        lines = [text.split("\n")[0]]
        for section, values in sections:
            lines.append(f"{section}:")
            for k, v in values:
                lines.append(f"  {k}: {yaml_scalar(v)}")
                (secret if aws_label(k, v) == P else clean).append(len(lines))
    add(J if as_json else Y, " ".join(map(str, secret)) if secret else "none", PCH[key],
        f"pre-commit-hooks detect_aws_credentials aws_config_{key}.ini, sections as mappings ({'secret-key and session-token values labelled; ' if secret else 'expected set empty; '}"
        f"access-key-id{' and empty secret' if key.endswith('spaces') else ''} lines clean)", "\n".join(lines), clean=" ".join(map(str, clean)) or None)


if __name__ == "__main__":
    pairs = [(i[4], i[5]) for i in ITEMS if i[6] != "cs"] + [("command", c) for _, _, c in DOCKLE_RUN]
    pairs += [kv for _, _, l in DOCKLE_ENV2 for kv in l] + [kv for _, l in AWS_ENV for kv in l]
    pairs += [kv for _, t in AWS_FILES for _, values in aws_sections(t) for kv in values]
    repeats = check_repeats(HERE, pairs)
    assert not repeats, repeats
    write_config_set(
        CASES,
        "config-secrets-8.txt",
        "# Held-out AKS2003 set 8: ruff (flake8-bandit S105-S107), find-sec-bugs, njsscan, dockle, pre-commit-hooks and pmd labelled examples (sources not used in sets 1-7), labelled by what the peer asserts before AKS2003 ran on them.",
        "# Format: README.md ('Configuration files, set 8'). Written by write_config_secrets_8.py (labelled strings and provenance in set8_sources.py).",
        family=family,
        check_json=True,
    )
