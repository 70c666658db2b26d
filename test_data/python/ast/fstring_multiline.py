s = f'''first {a}
  second {b}
 third'''
t = (f'{x}'
     f'{y}')
u = f'''{
z}'''
