struct User {
    name: String,
}

fn make_user(name: String) -> User {
    User { name }
}

fn main() {
    let u = make_user("grace");
    println!("{}", u.name);
}
