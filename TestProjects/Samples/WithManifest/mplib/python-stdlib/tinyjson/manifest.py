metadata(version="0.1.0", description="A tiny JSON writer, standing in for a micropython-lib package.")

module("tinyjson.py")
