"""The seed page's dynamic typing example: adding an int and a str is an uncaught TypeError."""
x = 5
y = "hello"
z = x + y
