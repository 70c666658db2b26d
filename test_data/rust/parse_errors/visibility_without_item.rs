fn main() {
    pub // comment
    if x {}
}
