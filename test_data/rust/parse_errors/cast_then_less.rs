fn main() {
    let a = x as usize < y;
}
