class Celsius:
    def __init__(self, t=0.0):
        self.temperature = t

    @property
    def temperature(self):
        return self._t

    @temperature.setter
    def temperature(self, value):
        if value < -273.15:
            raise ValueError("too cold")
        self._t = value

    @temperature.deleter
    def temperature(self):
        del self._t
