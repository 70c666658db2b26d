result = foo(
    [1, 2,
     (3, 4),  # a comment
     {5: 6,

      7: [8, 9]}],
    key=lambda x: (x
                   + 1),
)
