"""An uncaught NameError for a name with no close match."""
print("before")
print(undefined_variable_xyz)
