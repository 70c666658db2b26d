fn main() {}
/* outer /* nested */
