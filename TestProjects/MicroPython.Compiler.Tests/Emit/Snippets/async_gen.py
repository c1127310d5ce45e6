async def f(a):
    async for x in a:
        await x
    async with a as b:
        yield b
