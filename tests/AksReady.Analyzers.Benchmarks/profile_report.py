#!/usr/bin/env python3
"""Reads speedscope files written by `dotnet-trace convert` (profile.sh) and prints, for the samples that have an
AksReady frame on the stack: inclusive time per AksReady method, and time per (innermost AksReady method -> callee).
Times are sampled wall-clock milliseconds of the sampled threads, summed over the files (standard library only)."""
import collections
import json
import sys


def main(paths):
    inclusive = collections.Counter()
    callee = collections.Counter()
    total = 0.0
    for path in paths:
        with open(path) as handle:
            data = json.load(handle)
        names = [frame["name"].split("!")[-1] for frame in data["shared"]["frames"]]
        ours = ["AksReady" in name for name in names]
        for profile in data["profiles"]:
            stack, last = [], None
            for event in profile["events"]:
                at = event["at"]
                if last is not None and stack:
                    indexes = [i for i, frame in enumerate(stack) if ours[frame]]
                    if indexes:
                        span = at - last
                        total += span
                        innermost = indexes[-1]
                        below = names[stack[innermost + 1]] if innermost + 1 < len(stack) else "(self)"
                        callee[names[stack[innermost]][:90] + "  ->  " + below[:90]] += span
                        for frame in {stack[i] for i in indexes}:
                            inclusive[names[frame]] += span
                last = at
                if event["type"] == "O":
                    stack.append(event["frame"])
                else:
                    while stack and stack.pop() != event["frame"]:
                        pass
    print("sampled time under AksReady frames: %.0f ms over %d compilations" % (total, len(paths)))
    for title, counter in (("inclusive", inclusive), ("innermost AksReady method -> callee", callee)):
        print("== " + title)
        for key, value in counter.most_common(40):
            print("%8.0f  %s" % (value, key.replace("AksReady.Analyzers.", "").replace("Microsoft.CodeAnalysis.", "")[:190]))


if __name__ == "__main__":
    main(sys.argv[1:])
