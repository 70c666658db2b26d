struct Token {
    id: u32,
}

fn duplicate<T: Clone>(x: T) -> (T, T) {
    (x.clone(), x)
}

fn main() {
    let (a, b) = duplicate(Token { id: 1 });
    println!("{} {}", a.id, b.id);
}
