fn pair<T>(a: T, b: T) -> (T, T) {
    (a, b)
}

fn main() {
    let p = pair(1, "two");
    println!("{:?}", p);
}
