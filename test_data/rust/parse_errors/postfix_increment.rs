fn main() {
    let mut i = 0;
    while i < 10 {
        i++;
    }
}
