# Tests for main.py, run on the host: mpy run tests/test_main.py --path .
from main import greeting


def test_greeting_names_the_platform():
    assert greeting("rp2") == "Hello from MicroPython on rp2!"


test_greeting_names_the_platform()
print("tests passed")
