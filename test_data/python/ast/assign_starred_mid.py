first, *middle, last = items
