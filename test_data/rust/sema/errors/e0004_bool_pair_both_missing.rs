fn main() {
    let t = (true, false);
    match t {
        (true, true) => {}
        (false, false) => {}
    }
}
