def cached():
    return "source kept beside its .mpy"
