fn main() {
    let a = x as u32 << 2;
}
