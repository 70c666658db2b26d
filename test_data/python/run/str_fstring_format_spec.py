"""The format specification mini-language through f-strings and format()."""
n = 1234567.891
print(f"{n:,.2f}|{n:_.1f}|{n:e}|{n:.3E}|{n:g}|{n:%}")
print(f"{42:5d}|{42:<5d}|{42:^5d}|{42:05d}|{-42:05d}|{42:+d}|{42: d}")
print(f"{3.5:8.2f}|{-3.5:<8.2f}|{3.5:*^9.1f}|{3.5:=+8.2f}")
print(f"{'text':10}|{'text':>10}|{'text':^10}|{'text':.2}|{'text':-^12}")
print(f"{1000000:,}|{1000000:_}|{0xFFFF:_x}|{255:#010b}")
print(f"{0.25:.0%}|{1/3:.4}|{2/3:.2g}|{1e-7:f}|{123:.2f}")
print(format(12, "03"), format("x", "<3") + "|", format(1.0, ""), format(10, "n"))
print(f"{True:d}|{True}|{False:5}|")
print(f"{-0.0:.1f}|{float('inf'):8.2f}|{float('nan'):f}")
print(f"{12345678901234567890:,}")
for v in (0, 1, -1, 0.5, 1e6, 123456789):
    print(f"[{v:>12}] [{v:<12}]")
