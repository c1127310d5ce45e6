# The library's package: a firmware project that references it imports it as micropython_lib1.
__version__ = "1.0.0"


def clamp(value, low, high):
    return low if value < low else high if value > high else value
