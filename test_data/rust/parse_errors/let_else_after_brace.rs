fn main() {
    let c = if x { 1 } else { 2 } else { return };
}
