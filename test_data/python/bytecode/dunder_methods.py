class Vec:
    def __init__(self, *xs):
        self.xs = list(xs)
    def __len__(self):
        return len(self.xs)
    def __getitem__(self, i):
        return self.xs[i]
    def __setitem__(self, i, v):
        self.xs[i] = v
    def __iter__(self):
        return iter(self.xs)
    def __eq__(self, other):
        return self.xs == other.xs
    def __lt__(self, other):
        return self.xs < other.xs
    def __hash__(self):
        return hash(tuple(self.xs))
    def __bool__(self):
        return bool(self.xs)
    def __contains__(self, x):
        return x in self.xs
    def __call__(self, k):
        return [k * x for x in self.xs]
    def __str__(self):
        return str(self.xs)

v = Vec(1, 2)
v[0] = 5
print(len(v), v[0], 2 in v, v(3), str(v), v == Vec(5, 2))
