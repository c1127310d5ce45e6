# TMP36 analog thermometer: 10 mV per degree Celsius, 500 mV at 0 C.


class TMP36:
    def __init__(self, read_u16, vref_mv=3300):
        # read_u16: the ADC read, e.g. machine.ADC(26).read_u16 on a Pico.
        self._read_u16 = read_u16
        self._vref_mv = vref_mv

    def millivolts(self):
        return self._read_u16() * self._vref_mv // 65535

    def celsius(self):
        return (self.millivolts() - 500) / 10
