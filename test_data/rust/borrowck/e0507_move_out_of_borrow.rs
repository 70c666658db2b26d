struct Holder {
    name: String,
}

fn take_name(h: &Holder) -> String {
    h.name
}

fn main() {
    let h = Holder { name: String::from("x") };
    println!("{}", take_name(&h));
}
