class Blinker:
    """Counts the toggles of an LED; the firmware wires `pin` to the real GPIO."""

    def __init__(self, pin, period_ms):
        self.pin = pin
        self.period_ms = period_ms
        self.count = 0
        self.state = False

    def toggle(self):
        self.state = not self.state
        self.count += 1
        return self.state
