"""An uncaught KeyboardInterrupt: the traceback, and exit status 130."""
def loop():
    raise KeyboardInterrupt
loop()
