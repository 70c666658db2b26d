"""threading for deepdive: Thread as a class over the interpreter's own threads.

The natives `_start`, `_join`, `_finished` and `_current` come from the VM's scheduler
(crates/python-vm/src/threads.rs): a started thread gets a frame stack of its own and runs
under the GIL with the others; `join()` blocks the running thread until the other ends.
"""

_counter = 0
_threads = {}


def _newname(template="Thread-%d"):
    global _counter
    _counter += 1
    return template % _counter


class Thread:
    """A thread of control, run under the GIL with the others."""

    def __init__(self, group=None, target=None, name=None, args=(), kwargs=None, *, daemon=None):
        if name:
            name = str(name)
        else:
            name = _newname("Thread-%d")
            if target is not None:
                try:
                    name += f" ({target.__name__})"
                except AttributeError:
                    pass
        self._target = target
        self._name = name
        self._args = args
        self._kwargs = {} if kwargs is None else kwargs
        self._daemonic = bool(daemon)
        self._ident = None
        self._started = False

    def start(self):
        if self._started:
            raise RuntimeError("threads can only be started once")
        self._started = True
        self._ident = _start(self._bootstrap, self._name)
        _threads[self._ident] = self

    def _bootstrap(self):
        self.run()

    def run(self):
        try:
            if self._target is not None:
                self._target(*self._args, **self._kwargs)
        finally:
            del self._target, self._args, self._kwargs

    def join(self, timeout=None):
        if not self._started:
            raise RuntimeError("cannot join thread before it is started")
        if self is current_thread():
            raise RuntimeError("cannot join current thread")
        _join(self._ident)

    def is_alive(self):
        return self._started and not _finished(self._ident)

    @property
    def name(self):
        return self._name

    @name.setter
    def name(self, name):
        self._name = str(name)

    @property
    def ident(self):
        return self._ident

    @property
    def native_id(self):
        return self._ident

    @property
    def daemon(self):
        return self._daemonic

    @daemon.setter
    def daemon(self, daemonic):
        self._daemonic = bool(daemonic)

    def getName(self):
        return self._name

    def setName(self, name):
        self._name = str(name)

    def isDaemon(self):
        return self._daemonic

    def __repr__(self):
        status = "initial"
        if self._started:
            status = "started"
        if self._started and not self.is_alive():
            status = "stopped"
        if self._daemonic:
            status += " daemon"
        if self._ident is not None:
            status += " %s" % self._ident
        return "<%s(%s, %s)>" % (self.__class__.__name__, self._name, status)


class _MainThread(Thread):
    def __init__(self):
        Thread.__init__(self, name="MainThread")
        self._started = True
        self._ident = 0


_main = _MainThread()
_threads[0] = _main


def current_thread():
    return _threads.get(_current(), _main)


currentThread = current_thread


def main_thread():
    return _main


def get_ident():
    return _current()


def get_native_id():
    return _current()


def active_count():
    return sum(1 for t in _threads.values() if t.is_alive())


activeCount = active_count


def enumerate():
    return [t for t in _threads.values() if t.is_alive()]


class Event:
    """A flag threads can wait for (waiting blocks until another thread sets it)."""

    def __init__(self):
        self._flag = False

    def is_set(self):
        return self._flag

    isSet = is_set

    def set(self):
        self._flag = True

    def clear(self):
        self._flag = False

    def wait(self, timeout=None):
        while not self._flag:
            if not _yield():
                break
        return self._flag
