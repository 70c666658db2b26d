try:
    import nothing_here
except:
    pass

try:
    x = 1
except Exception:
    raise
