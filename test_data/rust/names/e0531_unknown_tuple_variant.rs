fn main() {
    let x = Some(1);
    match x { Sone(v) => {}, _ => {} }
}
