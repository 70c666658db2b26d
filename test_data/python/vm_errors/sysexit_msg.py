"""SystemExit with a message prints it to stderr and exits 1."""
import sys
sys.exit("fatal: config missing")
