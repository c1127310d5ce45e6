# Runs first when the board starts, before main.py: set up what the rest needs (pins, clocks,
# networking). Keep it short; an error here stops the board before main.py runs.
import gc

gc.collect()
