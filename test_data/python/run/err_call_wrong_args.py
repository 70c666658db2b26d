"""An uncaught TypeError for a call with a missing argument."""
def connect(host, port):
    return f"{host}:{port}"

print(connect("localhost", 80))
print(connect("localhost"))
