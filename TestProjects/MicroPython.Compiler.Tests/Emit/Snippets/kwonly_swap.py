def f(a, b=2, *args, c, d=4, **kw):
    return a, b, args, c, d, kw
def g(a, *args, c, d, e):
    pass
def h(a, *, c, d):
    pass
