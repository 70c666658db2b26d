"""sys.exit with a string: the message goes to stderr and the status is 1."""
import sys
def main(args):
    if len(args) < 3:
        sys.exit("usage: prog INPUT OUTPUT")
print("starting")
main(sys.argv)
