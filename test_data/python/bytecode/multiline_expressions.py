result = (1 +
          2 +
          3)
call = print(
    "a",
    "b",
)
value = {
    "k": [
        1,
        2,
    ],
}
cond = (result > 1
        and value
        or call)
obj = value \
    .get("k")
