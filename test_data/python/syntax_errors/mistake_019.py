try:
  x
except
  pass
