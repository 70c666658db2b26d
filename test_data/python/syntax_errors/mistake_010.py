while True
