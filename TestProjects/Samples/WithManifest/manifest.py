# The board's manifest, as makemanifest.py reads it.
freeze("drivers", "motor.py")
module("app.py", opt=3)
