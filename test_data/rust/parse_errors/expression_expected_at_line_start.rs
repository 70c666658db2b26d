fn main() {
    , x {} -1;
}
