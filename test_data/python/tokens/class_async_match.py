import asyncio


@decorator(arg)
class Point:
    x: int = 0
    y: int

    def __init__(self, x: int, y: int = 0) -> None:
        self.x: int = x

    async def run(self):
        await asyncio.sleep(0)
        async with lock:
            pass


match command.split():
    case [action]:
        pass
    case [action, obj] if obj:
        pass
    case _:
        pass
