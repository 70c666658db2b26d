"""The seed page's threading example: four threads, started then joined."""
import threading

def work(i):
    print(f"Thread {i} running")

threads = []
for i in range(4):
    t = threading.Thread(target=work, args=(i,))
    t.start()
    threads.append(t)
for t in threads:
    t.join()
