# A Raspberry Pi Pico application: every .py under the project is frozen as bytecode.
from lib.blink import Blinker

blinker = Blinker(pin=25, period_ms=500)
for _ in range(3):
    blinker.toggle()
print("blinked", blinker.count, "times")
