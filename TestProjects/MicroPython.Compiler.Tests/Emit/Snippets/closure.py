def outer(q):
    a = 1
    b = 2
    def inner(p):
        return b + a + p + q
    return inner
