"""Carets with non-ASCII text before the failing expression."""
s = "héllo wörld"; n = s + 1
