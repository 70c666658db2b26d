# leading comment
x = 1  # trailing
    # indented comment
if x:
    # inside block
    y = 2
# dedented comment
z = 3
# final comment without newline