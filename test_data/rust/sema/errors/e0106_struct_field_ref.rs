struct Excerpt {
    part: &str,
}

fn main() {
    let text = String::from("Call me Ishmael. Some years ago...");
    let e = Excerpt { part: &text[..16] };
    println!("{}", e.part);
}
