fn r#match(r#type: u8) -> u8 {
    r#type
}

fn main() {
    let r#fn = r#match(1);
    let r#loop = r#fn;
    let r#a = r#loop; // A raw identifier that is not a keyword.
    println!("{}", r#a);
}
