a = r'\d+\.\w'
b = R"raw\n"
c = rb'\x00'
d = Rb'x'
