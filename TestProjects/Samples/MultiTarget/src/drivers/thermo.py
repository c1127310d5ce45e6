import struct

# Raw readings of a 12-bit sensor, sixteenths of a degree.
SCALE = 1 / 16


def decode(frame):
    (raw,) = struct.unpack(">h", frame)
    return raw * SCALE


def describe(celsius):
    if celsius < 0:
        return f"{celsius:.1f} C (freezing)"
    return f"{celsius:.1f} C"
