fn main() {
    let w = Vec::<u8>>::new();
    let n = x.parse::<u8>>();
}
