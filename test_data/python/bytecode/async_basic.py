import asyncio

async def fetch(n):
    await asyncio.sleep(0)
    return n * 2

async def main():
    results = await asyncio.gather(fetch(1), fetch(2))
    return results

asyncio.run(main())
