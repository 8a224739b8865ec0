#!/usr/bin/env python3
"""Writes config-secrets-10.txt: the tenth held-out AKS2003 set, see README.md ('Configuration files, set 10').

Built with C# set 10 (same day, branch, sources and selection rules; labelled strings and provenance in
set10_sources.py) and committed with its wiring before AKS2003 ran on it (a blind figure for the rules of 0a31224).

Each named labelled value of set10_sources.NAMED becomes one small configuration file, alternately appsettings.json and
config.yaml (alternating separately for positives and negatives): the peer's name and value as one member
(`{ "NAME": "value" }` / `NAME: value`). Code-only shapes (crypto calls on a literal, ConvertTo-SecureString, values
reached through a variable, arrays of characters or bytes, null) are C# only.

actionlint's hardcoded_credentials.yaml is kept as given: the two `password: pass` lines its .out file reports are
labelled; the two `username: user` lines are excluded (a user name is what neither AKS2003 nor the peer's rule is
about, and the peer's test only says which lines are reported); the rest of the file is the usual rest-of-file negative.
"""
import pathlib
import sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from set10_sources import NAMED, BEARER, ACTIONLINT, P, family, check_repeats, yaml_scalar  # noqa: E402
from config_set_writer import case_adder, js, write_config_set  # noqa: E402  (js: used by the cases below)

CASES = []  # (name, secret, exclude, clean, source, note, content)
J = "appsettings.json"
Y = "config.yaml"


add = case_adder(CASES)


turn = {P: 0, "negative": 0}
for label, key, text, name, value in NAMED:
    as_json = turn[label] % 2 == 0
    turn[label] += 1
    if as_json:
        content, line = "{\n  " + js(name) + ": " + js(value) + "\n}", 2
    else:
        content, line = f"{name}: {yaml_scalar(value)}", 1
    fmt = "as an appsettings.json member" if as_json else "as a YAML member"
    rule = BEARER[key].split(":")[1].split("/testdata/")[0].split("tests/", 1)[-1]
    what = "bearer:expected" if label == P else "not expected"
    if key == "php_bad":
        what = "in the Jest snapshot"
    elif key == "php_ok":
        what = "ok.php, snapshot `{}`"
    add(J if as_json else Y, str(line) if label == P else "none", BEARER[key], f"Bearer {rule} `{text}` ({what}), {fmt}", content)

WORKFLOW = """on: push
jobs:
  test:
    runs-on: ubuntu-latest
    container:
      image: 'example.com/owner/image'
      credentials:
        username: user
        # ERROR: Hardcoded password
        password: pass
    services:
      redis:
        image: redis
        credentials:
          username: user
          # ERROR: Hardcoded password
          password: pass
    steps:
      - run: echo 'hello'"""
add("hardcoded_credentials.yaml", "10 17", ACTIONLINT,
    "actionlint credentials example as given: lines 10 and 17 (`password: pass`, container and redis service) are the two findings of hardcoded_credentials.out; the user-name lines 8 and 15 excluded",
    WORKFLOW, exclude="8 15")


if __name__ == "__main__":
    pairs = [(n, v) for _, _, _, n, v in NAMED] + [("password", "pass")]
    repeats = check_repeats(HERE, pairs)
    assert not repeats, repeats
    write_config_set(
        CASES,
        "config-secrets-10.txt",
        "# Held-out AKS2003 set 10: Bearer (bearer-rules) and actionlint labelled examples (sources not used in sets 1-9), labelled by what the peer asserts before AKS2003 ran on them.",
        "# Format: README.md ('Configuration files, set 10'). Written by write_config_secrets_10.py (labelled strings and provenance in set10_sources.py).",
        family=family,
        check_json=True,
    )
