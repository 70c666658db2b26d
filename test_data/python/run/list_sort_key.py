"""Sorting lists: sort() and sorted(), key functions, reverse, and stability."""
nums = [5, 2, 9, 1, 5, 6, -3]
print(sorted(nums), sorted(nums, reverse=True), nums)
nums.sort()
print(nums)
words = ["banana", "Apple", "cherry", "date", "Elderberry", "fig"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len))
print(sorted(words, key=lambda w: (len(w), w)))
people = [("alice", 30), ("bob", 25), ("carol", 30), ("dave", 25), ("eve", 35)]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: (-p[1], p[0])))
by_age = sorted(people, key=lambda p: p[1], reverse=True)
print(by_age)
print(sorted("hello"), sorted({3: "a", 1: "b"}), sorted((3, 1, 2)))
pairs = [(1, "b"), (1, "a"), (0, "z")]
pairs.sort()
print(pairs)
print(sorted([[3, 1], [2], [3, 0]]), sorted([0.5, -1, 2]))
try:
    sorted([1, "a"])
except TypeError as e:
    print("TypeError:", e)
