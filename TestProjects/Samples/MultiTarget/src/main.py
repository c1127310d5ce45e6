from app import Scheduler
from drivers import thermo

log = []
s = Scheduler()
s.at(20, log.append, thermo.describe(thermo.decode(b"\x01\x90")))
s.at(10, log.append, thermo.describe(thermo.decode(b"\xff\x80")))
print(s.run_until(100), log)
