"""An uncaught user-defined exception with a custom __str__."""
class InventoryError(Exception):
    pass

class OutOfStock(InventoryError):
    def __init__(self, item):
        super().__init__(item)
        self.item = item
    def __str__(self):
        return f"{self.item!r} is out of stock"

stock = {"apple": 3}
def take(item):
    if stock.get(item, 0) == 0:
        raise OutOfStock(item)
    stock[item] -= 1

take("apple")
take("banana")
