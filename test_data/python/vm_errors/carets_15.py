"""Position markers: case t15 of a caret stress test (one failing expression)."""
import sys
d = {"a": [1, 2]}
n = None
z = 0
def run(i, f):
    try:
        f()
    except Exception as e:
        import traceback
        pass
def t0(): return d["a"][5]
def t1(): return d ["b"] ["c"]
def t2(): return (1 + 2) / z
def t3(): return 1 + (2 / z)
def t4(): return n.attr.other
def t5(): return d["a"][1:2][7]
def t6(): return n()
def t7(): return len(n) + 1
def t8(): x = 1; return x // z  # comment
def t9():
	return 10 % z
def t10(): return -n
def t11(): return [1][0] + "s"
def t12(): return d["a"] [ 1 ] ** "x"
def t13(): return n[0]
def t14(): return (n
    .foo)
def t15(): return d[
    "zz"]
def t16(): return f"{1/z}"
def t17(): return (lambda: 1/z)()
def t18(): return "é" + 1 if True else 0
def t19(): return 1/z if z == 0 else 2
def t20(): return z.real.imag.bit_length().foo
def t21(): return 1 << "a"
def t22(): return n and n.x or d["q"]
def t23(): return not n[1]
def t24(): return [x for x in n]
def t25(): return {**n}
def t26(): return print(*n)
def t27(): assert z, "zero"
def t28(): return n < 1
def t29(): return 1 in n
def t30(): return d["a"][1][2]
def t31(): return (z
                   / z)
def t32(): return ((1)) + n
def t33(): return  1 +   n
def t34(): del d["nope"]
def t35(): d["a"].nope = 1
def t36(): n[0] = 1
def t37(): a, b = 1
def t38(): global undefined_g; return undefined_g
def t39(): return int("x" * 3)
import sys
which = 15
globals()[f"t{which}"]()
