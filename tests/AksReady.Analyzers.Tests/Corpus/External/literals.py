"""Literal helpers shared by the held-out set writers (sets 6 onwards): C# string literals and identifiers, YAML scalars."""
import re


def cs_string(value):
    """A C# regular string literal."""
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


def cs_verbatim(value):
    """A C# verbatim string literal."""
    return '@"' + value.replace('"', '""') + '"'


def cs_name(name):
    """A C# identifier for a peer's name (characters C# does not allow become '_')."""
    out = "".join(c if c.isalnum() or c == "_" else "_" for c in name)
    return out if not out[0].isdigit() else "_" + out


def yaml_scalar(value):
    """A YAML scalar: plain when that is unambiguous, else single-quoted."""
    plain = (re.fullmatch(r"[A-Za-z0-9_./+=~][^\s]*(?: [^\s#]+)*", value) is not None
             and ": " not in value and " #" not in value and not value.endswith(":")
             and value.lower() not in ("true", "false", "null", "yes", "no", "on", "off", "~")
             and not re.fullmatch(r"[0-9.eE+-]+", value))
    return value if plain else "'" + value.replace("'", "''") + "'"
