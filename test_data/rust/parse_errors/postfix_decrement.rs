fn main() {
    i--;
}
