try:
    a()
except ValueError:
    pass
except (TypeError, KeyError) as e:
    raise
except:
    raise RuntimeError('x') from e
else:
    b()
finally:
    c()
try:
    pass
finally:
    pass
