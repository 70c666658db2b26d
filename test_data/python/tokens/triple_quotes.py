s = """first
second "quoted" ""
third \""" still
end"""
t = '''one line'''
u = '''a''''
v = """
\
"""
w = r"""raw \n"""
def f():
    """Docstring
    over lines.
    """
    return s
