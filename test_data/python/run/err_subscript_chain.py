"""A TypeError subscripting None in a chain: the traceback markers point at one subscript."""
data = {"user": {"profile": None}}
print(data["user"]["profile"]["name"])
