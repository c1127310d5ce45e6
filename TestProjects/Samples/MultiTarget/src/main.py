from app import Scheduler
from drivers import thermo
from sensors import MovingAverage

log = []
s = Scheduler()
s.at(20, log.append, thermo.describe(thermo.decode(b"\x01\x90")))
s.at(10, log.append, thermo.describe(thermo.decode(b"\xff\x80")))
print(s.run_until(100), log)

smooth = MovingAverage(2)
for frame in (b"\xff\x80", b"\x01\x90"):
    mean = smooth.add(thermo.decode(frame))
print("mean", thermo.describe(mean))
# A board with single-precision floats (rp2) prints 0.33333334 here, the unix port 0.3333333333333333.
print("third", 1 / 3)
