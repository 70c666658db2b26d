fn main() {
    {
        let y = 1;
    }
    let z = y + 1;
    let w = z;
}
