x = "café \"q\" \\"
y = b"\x00\xff"
z = (1, 2.5, 10000, "long string constant that is not interned", ())
def f(a, *, b=2):
    return a + b
