def clamp(x, lo, hi):
    return lo if x < lo else hi if x > hi else x


def mean(values):
    return sum(values) / len(values) if values else 0.0
