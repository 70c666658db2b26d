a = b'\x00\xff\n\t\''
b = b"it's"
c = b'\\'
