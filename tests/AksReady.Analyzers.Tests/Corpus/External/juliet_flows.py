"""Shared by write_csharp_secrets_2.py and write_csharp_secrets_3.py: NIST Juliet C# 1.3's flow variants (the control- and
data-flow shapes its test cases wrap around a source and a sink), the stand-in for Juliet's IO support class, and the
writer of a set file. Re-typed from Juliet's published templates (public domain); see README.md.
"""
import pathlib

# Juliet's "good" source: the value comes from the console, not from the program text.
GOOD = 'data = ""; /* init data */\ntry\n{\n    data = Console.ReadLine();\n}\ncatch (IOException)\n{\n    IO.WriteLine("Error with stream reading");\n}'


def indent(text, n):
    pad = " " * n
    return "\n".join(pad + line if line else line for line in text.split("\n"))


def variant(v, source, sink):
    """(members, body of the entry method, extra members) for a Juliet flow variant (same templates as set 2)."""
    conds = {
        "02": "true", "03": "5 == 5", "04": "PRIVATE_CONST_TRUE", "05": "privateTrue", "06": "PRIVATE_CONST_FIVE == 5",
        "07": "privateFive == 5", "08": "PrivateReturnsTrue()", "09": "IO.STATIC_READONLY_TRUE", "10": "IO.staticTrue",
        "11": "IO.StaticReturnsTrue()", "13": "IO.STATIC_READONLY_FIVE == 5", "14": "IO.staticFive == 5",
    }
    members = {
        "04": "private const bool PRIVATE_CONST_TRUE = true;", "05": "private bool privateTrue = true;",
        "06": "private const int PRIVATE_CONST_FIVE = 5;", "07": "private int privateFive = 5;",
        "08": "private static bool PrivateReturnsTrue()\n{\n    return true;\n}",
    }
    if v == "01":
        return "", f"string data;\n{source}\n{sink}", ""
    if v in conds:
        return members.get(v, ""), f"string data;\nif ({conds[v]})\n{{\n{indent(source, 4)}\n}}\nelse\n{{\n    data = null;\n}}\n{sink}", ""
    if v == "12":
        return "", f"string data;\nif (IO.StaticReturnsTrueOrFalse())\n{{\n{indent(source, 4)}\n}}\nelse\n{{\n{indent(GOOD, 4)}\n}}\n{sink}", ""
    if v == "15":
        return "", f"string data = null;\nswitch (6)\n{{\ncase 6:\n{indent(source, 4)}\n    break;\ndefault:\n    data = null;\n    break;\n}}\n{sink}", ""
    if v == "16":
        return "", f"string data;\nwhile (true)\n{{\n{indent(source, 4)}\n    break;\n}}\n{sink}", ""
    if v == "17":
        return "", f"string data = null;\nfor (int i = 0; i < 1; i++)\n{{\n{indent(source, 4)}\n}}\n{sink}", ""
    if v == "31":
        return "", f"string dataCopy;\n{{\n    string data;\n{indent(source, 4)}\n    dataCopy = data;\n}}\n{{\n    string data = dataCopy;\n{indent(sink, 4)}\n}}", ""
    if v == "41":
        return "", f"string data;\n{source}\nSink(data);", f"private static void Sink(string data)\n{{\n{indent(sink, 4)}\n}}"
    if v == "42":
        return "", f"string data = Source();\n{sink}", f"private static string Source()\n{{\n    string data;\n{indent(source, 4)}\n    return data;\n}}"
    if v == "45":
        return "private string dataField;", f"string data;\n{source}\ndataField = data;\nSink();", f"private void Sink()\n{{\n    string data = dataField;\n{indent(sink, 4)}\n}}"
    if v == "61":
        return "", f"string data = SourceClass.Source();\n{sink}", None
    if v == "66":
        return "", f"string data;\n{source}\nstring[] dataArray = new string[5];\ndataArray[2] = data;\nSink(dataArray);", f"private static void Sink(string[] dataArray)\n{{\n    string data = dataArray[2];\n{indent(sink, 4)}\n}}"
    if v == "71":
        return "", f"string data;\n{source}\nSink((object)data);", f"private static void Sink(object dataObject)\n{{\n    string data = (string)dataObject;\n{indent(sink, 4)}\n}}"
    raise ValueError(v)



def juliet_class(v, source, sink, bad, usings):
    """A Juliet test case as one compilation unit: class JulietCase with Bad() or GoodG2B() wrapping the flow variant
    (and variant 61's SourceClass)."""
    members, body, extra = variant(v, source, sink)
    method = "Bad" if bad else "GoodG2B"
    parts = [m for m in (members,) if m]
    parts.append(f"public void {method}()\n{{\n{indent(body, 4)}\n}}")
    if extra:
        parts.append(extra)
    text = usings + "class JulietCase\n{\n" + "\n\n".join(indent(p, 4) for p in parts) + "\n}\n"
    if v == "61":
        text += "static class SourceClass\n{\n    public static string Source()\n    {\n        string data;\n" + indent(source, 8) + "\n        return data;\n    }\n}\n"
    return text

FLOW = {
    "01": "baseline", "02": "if (true)", "03": "if (5 == 5)", "04": "private const bool", "05": "private bool field",
    "06": "private const int", "07": "private int field", "08": "private method returns true", "09": "static readonly true",
    "10": "static field true", "11": "static method returns true", "12": "static method true or false",
    "13": "static readonly five", "14": "static field five", "15": "switch (6)", "16": "while (true)", "17": "for loop",
    "31": "copy through a second local in blocks", "41": "argument to a sink method", "42": "returned by a source method",
    "45": "private field read by a sink method", "61": "returned by another class", "66": "array element",
    "71": "boxed as object",
}

# The stand-in for Juliet's IO support class, compiled with every case of a set that uses the flow variants.
JULIET_IO_STUB = """public static class IO
{
    public static readonly bool STATIC_READONLY_TRUE = true;
    public static readonly int STATIC_READONLY_FIVE = 5;
    public static bool staticTrue = true;
    public static int staticFive = 5;
    public static bool StaticReturnsTrue() => true;
    public static bool StaticReturnsTrueOrFalse() => new System.Random().Next(2) == 0;
    public static void WriteLine(string line) => System.Console.WriteLine(line);
}"""


def write_set(file_name, title, stubs_source, stubs, cases):
    """Writes a set file (format: README.md): a header with the counts, the stubs, then one '=== label' entry per case."""
    here = pathlib.Path(__file__).resolve().parent
    positives = sum(1 for c in cases if c[0] == "positive")
    negatives = len(cases) - positives
    out = [f"# {title}: reduced shapes of peer tests, labelled by the peer. cases: {len(cases)}; positives: {positives}; negatives: {negatives}",
           f"# Format: README.md ('C# secrets, set {file_name[-5]}'). Written by write_{file_name[:-4].replace('-', '_')}.py. '=== stubs' is compiled with every case.",
           f"=== stubs | compiled with every case | source: {stubs_source}",
           stubs]
    for label, source, note, text in cases:
        out.append(f"=== {label} | source: {source} | {note}")
        out.append(text.rstrip("\n"))
    (here / file_name).write_text("\n".join(out) + "\n")
    print(len(cases), positives, negatives)
