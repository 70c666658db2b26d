fn make_scaler(factor: u32) -> impl Fn(u32) -> u32 {
    |x| x * factor
}

fn main() {
    let triple = make_scaler(3);
    println!("{}", triple(14));
}
