fn main() {
    while x;
}
