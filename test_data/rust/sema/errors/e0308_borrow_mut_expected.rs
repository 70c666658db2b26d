fn bump(v: &mut Vec<i32>) {
    v.push(1);
}

fn main() {
    let mut v = Vec::new();
    bump(v);
    println!("{:?}", v);
}
