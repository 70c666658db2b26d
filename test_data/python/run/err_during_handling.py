"""An exception raised while handling another: 'During handling of the above exception...'."""
def cleanup(resource):
    return resource.close()

try:
    data = {"x": 1}["y"]
except KeyError:
    cleanup(None)
