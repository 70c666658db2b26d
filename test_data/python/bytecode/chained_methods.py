text = "  a,b , c "
parts = [p.strip() for p in text.strip().split(",")]
result = ",".join(parts).upper().replace("A", "x").encode("utf-8").decode()
print(result)
