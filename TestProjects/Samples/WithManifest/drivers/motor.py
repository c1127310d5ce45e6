_rpm = 0


def spin(turns):
    global _rpm
    assert turns > 0, "turns must be positive"
    _rpm = turns * 60


def rpm():
    return _rpm
