"""Drivers for the demo board's sensors."""
from sensors.filters import MovingAverage
from sensors.tmp36 import TMP36

__version__ = "1.0.0"
