# Frozen as text: runs first on every boot.
import gc

gc.collect()
