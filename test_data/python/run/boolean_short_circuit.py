"""and/or return operands and short-circuit; not always returns a bool."""
log = []
def t(v):
    log.append(v)
    return v
print(t(0) and t(1), log)
log.clear()
print(t(1) and t(2), log)
log.clear()
print(t(0) or t("") or t("x") or t("y"), log)
log.clear()
print(t([]) or t({}), log)
print(not 0, not [1], not not "x", not None)
print(1 and 2 or 3, 0 and 2 or 3, None or 0 and 1)
values = [0, 1, "", "a", None]
print([v or "default" for v in values])
d = {}
print(d and d["k"], d.get("k") or "fallback")
print(True + (False or 3), (3 > 2) and "yes")
