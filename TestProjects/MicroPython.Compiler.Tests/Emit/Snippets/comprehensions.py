def f(xs):
    return [x for x in xs if x], {x: y for x, y in xs}, {x for x in xs}, (x for x in xs for y in x), sum(x for x in xs)
