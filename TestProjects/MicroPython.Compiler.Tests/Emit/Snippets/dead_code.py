def f(x):
    return x
    print(x)
    def g(): pass
while True:
    break
    y = 1
