fn main() {
    if x > 1:
        y()
}
