class Node:
    def __init__(self, value, next=None):
        self.value = value
        self.next = next

def build(values):
    head = None
    for v in reversed(values):
        head = Node(v, head)
    return head

def walk(node):
    while node is not None:
        yield node.value
        node = node.next

print(list(walk(build([1, 2, 3]))))
