"""The built-in exception hierarchy as seen through __mro__ and except clauses."""
for cls in [ZeroDivisionError, KeyError, IndexError, FileNotFoundError, UnboundLocalError,
            RecursionError, NotImplementedError, ModuleNotFoundError, StopIteration, KeyboardInterrupt,
            SystemExit, OverflowError, TypeError, AssertionError, UnicodeDecodeError if False else ValueError]:
    print(cls.__name__, [c.__name__ for c in cls.__mro__])
def catch(exc):
    try:
        raise exc
    except ArithmeticError:
        return "ArithmeticError"
    except LookupError:
        return "LookupError"
    except OSError:
        return "OSError"
    except Exception:
        return "Exception"
    except BaseException:
        return "BaseException"
for exc in [ZeroDivisionError, OverflowError, KeyError, IndexError, FileNotFoundError, ValueError, SystemExit, KeyboardInterrupt, GeneratorExit]:
    print(exc.__name__, "->", catch(exc))
print(issubclass(IOError, OSError), IOError is OSError, EnvironmentError.__name__)
