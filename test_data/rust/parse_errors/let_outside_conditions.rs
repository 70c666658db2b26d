fn main() {
    if let Some(x) = a && b {}
    let y = let z = 1;
    if (let w = 2) {}
    while let Some(v) = it.next() {}
}
