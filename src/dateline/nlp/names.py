"""One regular expression for a long list of names (a gazetteer's), shaped as a character trie.

Python's ``re`` tries the branches of an alternation one after another at every position, so a
pattern of 1,200 country names and aliases cost about 5 ms per news article (a third of all
dateline's work after the parse). The same names as a trie let the engine follow the one branch
the next character allows: the same matches, about 35 times faster.
"""
from __future__ import annotations

import re


def names_pattern(values: dict[str, str]) -> str:
    """A pattern (no anchors or word boundaries: the caller adds them) matching every key of
    ``values``, each followed by its value (a lookahead such as ``(?![ \t]+[A-Z])``, or "").

    Where one name extends another ("Guinea" / "Guinea-Bissau") the longer is tried first and
    the shorter on backtracking, as in an alternation sorted longest first; the caller's
    boundary checks thus pick the longest name that ends at a word boundary.
    """
    trie: dict = {}
    for value in values:
        node = trie
        for ch in value:
            node = node.setdefault(ch, {})
        node[""] = value

    def emit(node: dict) -> str:
        branches = [re.escape(ch) + emit(child) for ch, child in sorted(node.items()) if ch]
        if "" in node:  # a name ends here: after every longer one through this node
            branches.append(values[node[""]] or "")
        if len(branches) == 1:
            return branches[0]
        return "(?:" + "|".join(branches) + ")"

    return emit(trie)
