"""Processing records: grouping, aggregating and formatting a report."""
sales = [
    {"region": "north", "item": "apple", "qty": 10, "price": 0.5},
    {"region": "south", "item": "pear", "qty": 4, "price": 0.75},
    {"region": "north", "item": "pear", "qty": 7, "price": 0.75},
    {"region": "east", "item": "apple", "qty": 3, "price": 0.5},
    {"region": "south", "item": "apple", "qty": 12, "price": 0.5},
]
totals = {}
for s in sales:
    totals[s["region"]] = totals.get(s["region"], 0) + s["qty"] * s["price"]
for region, total in sorted(totals.items(), key=lambda kv: -kv[1]):
    print(f"{region:>6}: {total:7.2f}")
by_item = {}
for s in sales:
    by_item.setdefault(s["item"], []).append(s["qty"])
print({k: (sum(v), max(v), round(sum(v) / len(v), 2)) for k, v in by_item.items()})
best = max(sales, key=lambda s: s["qty"] * s["price"])
print(best["region"], best["item"])
print(f"{'TOTAL':>6}: {sum(totals.values()):7.2f}")
