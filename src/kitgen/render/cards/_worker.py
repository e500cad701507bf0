"""Run one Typst compile or query in this (fresh) process, for very large decks.

Typst memoizes its work in a cache that lives as long as the process and is never emptied by
the Python binding, so compiling chunk after chunk in one process grows memory by about the
size of each chunk.  kitgen therefore runs each chunk of a large deck here, as a script (it
imports only ``typst``), and the memory goes away with the process.

Protocol: a JSON request on stdin, the result bytes on stdout.
"""

import json
import sys

import typst


def main() -> None:
    request = json.loads(sys.stdin.buffer.read())
    common = {
        "root": request["root"],
        "font_paths": request["font_paths"],
        "ignore_system_fonts": True,
        "sys_inputs": {"data": request["data"]},
    }
    if request["mode"] == "query":
        out = typst.query(request["input"], "<fit>", field="value", one=True, **common)
        sys.stdout.buffer.write(str(out).encode("utf-8"))
    else:
        pdf = typst.compile(
            request["input"],
            format="pdf",
            timestamp=request["timestamp"],
            pdf_tags=request["tags"],
            **common,
        )
        sys.stdout.buffer.write(pdf)


if __name__ == "__main__":
    main()
