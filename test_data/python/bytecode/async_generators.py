async def agen(n):
    for i in range(n):
        yield i

async def use():
    xs = [x async for x in agen(3)]
    ys = {x: x async for x in agen(2) if x}
    gen = (x async for x in agen(2))
    zs = [await z for z in [use2()]]
    return xs, ys, gen, zs

async def use2():
    return 1
