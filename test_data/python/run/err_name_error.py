"""An uncaught NameError for a misspelled variable, with the 'Did you mean' suggestion."""
counter = 10
def show():
    print(countr)

show()
