café = 1
変数 = café + 1
π = 3.14
naïve = 'é'
x² = 2
é = 1
ℕ = 'double-struck'
_ñ = 0
