    
foo = bar(f'value: {obj.attr[0]:>{width}}', f"{a+b}")
