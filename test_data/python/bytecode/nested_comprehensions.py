matrix = [[i * j for j in range(3)] for i in range(3)]
flat = [x for row in matrix for x in row if x]
gen_of_lists = (list(range(n)) for n in range(3))
d = {i: {j for j in range(i)} for i in range(3)}
print(matrix, flat, list(gen_of_lists), d)
