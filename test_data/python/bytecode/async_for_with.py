async def consume(aiter, lock):
    total = 0
    async for item in aiter:
        total += item
    else:
        total += 1
    async with lock as l:
        total += 1
    async with lock, lock:
        pass
    return total
