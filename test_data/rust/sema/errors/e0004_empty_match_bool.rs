fn main() {
    let ready = true;
    match ready {}
}
