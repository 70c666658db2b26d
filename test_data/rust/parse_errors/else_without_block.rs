fn main() {
    if x {} else ;
}
