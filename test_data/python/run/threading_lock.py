"""threading.Lock protecting a shared counter; join waits for every thread."""
import threading
counter = 0
lock = threading.Lock()
def add(n):
    global counter
    for _ in range(n):
        with lock:
            counter += 1
threads = [threading.Thread(target=add, args=(1000,)) for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("counter:", counter)
results = [None] * 3
def square(i):
    results[i] = i * i
workers = [threading.Thread(target=square, args=(i,)) for i in range(3)]
for w in workers:
    w.start()
for w in workers:
    w.join()
print(results)
print(lock.locked(), lock.acquire(), lock.locked())
lock.release()
print(threading.current_thread().name, threading.main_thread() is threading.current_thread())
