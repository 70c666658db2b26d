match x:
  case a.b(1, x=2, 3): pass
