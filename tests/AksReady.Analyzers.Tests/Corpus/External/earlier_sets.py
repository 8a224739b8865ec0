"""The repeat check of the held-out sets 7 onwards: a labelled value must not repeat one of an earlier set.

`check_repeats(here, pairs, through)` returns the (name, value) pairs whose value occurs in sets 1..`through` (C# and
configuration), or that occur there as `name = value` / `name: value` (case-insensitive, quotes optional). A value counts
as token-like (checked on its own) when it has 8+ characters and is not made only of `word_only` characters; each set
states its own rule (set 7: letters and '_'; set 9: letters, '_' and blanks). Empty values are never checked.
"""
import re


def set_files_text(here, through):
    """The text of sets 1..`through` (C# and configuration)."""
    names = (["config-secrets.txt"] + [f"config-secrets-{i}.txt" for i in range(2, through + 1)]
             + [f"csharp-secrets-{i}.txt" for i in range(2, through + 1)])
    return [(n, (here / n).read_text(encoding="utf-8")) for n in names]


def check_repeats(here, pairs, through, word_only=r"[A-Za-z_]+"):
    texts = set_files_text(here, through)
    hits = []
    for name, value in pairs:
        if not value:
            continue
        for file_name, text in texts:
            if len(value) >= 8 and not re.fullmatch(word_only, value) and value in text:
                hits.append((name, value, file_name, "value"))
                break
            if name:
                pattern = re.compile(r"(?im)\b" + re.escape(name) + r"[\"']?\s*[:=]\s*[\"']?" + re.escape(value) + r"(?:[\"' ;,]|$)")
                if pattern.search(text):
                    hits.append((name, value, file_name, "name and value"))
                    break
    return hits
