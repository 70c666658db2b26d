def t(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ':', e)
    else:
        print(repr(r))
print(round(1.23456e-20, 22), round(1.23456e-20, 24), round(5e-324, 323), round(1.5e-300, 301), round(0.1, 30), round(2.675e-10, 12))
print(round(123456.5, -1), round(125, -1), round(1.5e20, -20), round(-0.5, 0), round(5e-324, 400))
