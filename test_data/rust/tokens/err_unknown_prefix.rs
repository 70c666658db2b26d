fn main() {
    let a = foo"x";
    let b = rb"x";
    let c = f"{a}";
}
