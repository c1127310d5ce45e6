class MovingAverage:
    """The mean of the last `size` values added."""

    def __init__(self, size):
        self._size = size
        self._values = []

    def add(self, value):
        self._values.append(value)
        if len(self._values) > self._size:
            self._values.pop(0)
        return sum(self._values) / len(self._values)
