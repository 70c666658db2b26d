async def main():
    await x
    async for i in aiter():
        pass
    async with lock as l, other:
        pass
    return [await y async for y in z]
