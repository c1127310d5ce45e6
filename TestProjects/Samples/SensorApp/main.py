from sensors import TMP36, MovingAverage

# Four ADC readings standing in for machine.ADC(26).read_u16 on the board.
readings = iter([15000, 15100, 15400, 15200])
thermometer = TMP36(lambda: next(readings))
smooth = MovingAverage(3)
for _ in range(4):
    print("%.1f C" % smooth.add(thermometer.celsius()))
