def f():
    try:
        return g()
    except KeyError as e:
        return e
    except:
        return None

def g():
    for i in range(3):
        try:
            pass
        except Exception:
            continue
