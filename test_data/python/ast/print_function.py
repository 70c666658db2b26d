print('hello', end='')
print(*args, sep=', ', file=sys.stderr)
