"""round(), int() truncation, and banker's rounding of floats."""
for v in (0.5, 1.5, 2.5, 3.5, -0.5, -1.5, 2.675, 1.005):
    print(v, round(v), round(v, 2))
print(round(3.14159, 3), round(1234.5678, -2), round(1234, -2), round(1250, -2), round(1350, -2))
print(round(0.125, 2), round(0.375, 2))
print(int(2.9), int(-2.9), int(1e10))
print(f"{2.675:.2f}", f"{1.005:.2f}", f"{0.5:.0f}", f"{1.5:.0f}", f"{2.5:.0f}")
print("%.3f" % 2.0005, "%.1f" % 0.05, "%.1f" % 0.15, "%.1f" % 0.25)
print(f"{1/3:.10f}", f"{2/3:.3e}", f"{12345.6789:,.2f}", f"{0.000123:g}", f"{123456789.0:g}")
print(f"{1e100:g}", f"{1e-100:.3g}", f"{3.0:g}", f"{100.0:.1%}")
print(divmod(7.5, 2), divmod(-7.5, 2))
print(type(round(2.5)), type(round(2.5, 0)), round(2.5, 0))
