"""Subclassing threading.Thread, thread names and is_alive."""
import threading
class Worker(threading.Thread):
    def __init__(self, n):
        super().__init__(name=f"worker-{n}")
        self.n = n
        self.result = None
    def run(self):
        self.result = sum(range(self.n))
workers = [Worker(n) for n in (10, 100, 1000)]
print([w.is_alive() for w in workers])
for w in workers:
    w.start()
for w in workers:
    w.join()
print([(w.name, w.result) for w in workers])
print([w.is_alive() for w in workers])
