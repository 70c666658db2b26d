fn route(method: &str, secure: bool) -> u16 {
    match (method, secure) {
        ("GET", true) => 200,
        ("POST", true) => 201,
        (_, false) => 403,
    }
}

fn main() {
    println!("{}", route("GET", true));
}
