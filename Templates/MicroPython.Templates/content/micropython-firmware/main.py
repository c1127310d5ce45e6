# Runs after boot.py when the board starts (frozen into the firmware, it runs as __main__).
import sys


def greeting(platform):
    return "Hello from MicroPython on " + platform + "!"


def main():
    print(greeting(sys.platform))


if __name__ == "__main__":
    main()
