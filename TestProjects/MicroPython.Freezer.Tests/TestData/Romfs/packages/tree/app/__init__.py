VERSION = (1, 2, 0)


def greeting(name):
    return "hello from " + name
