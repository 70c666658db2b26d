"""An uncaught TypeError raised by an operator inside a function: the traceback marks the operator."""
def total_price(quantity, unit_price):
    subtotal = quantity * unit_price
    return subtotal + " EUR"

print("computing")
print(total_price(3, 2.5))
