fn initials(full_name: &str) -> String {
    let mut out = String::new();
    for word in full_name.split(' ') {
        if let Some(c) = word.chars().next() {
            out.push(c);
            out.push('.');
        }
    }
    out
}

fn main() {
    let mut s = String::from("Rust");
    s.push_str(" and ");
    s += "Python";
    println!("{} (len {}, capacity >= len: {})", s, s.len(), s.capacity() >= s.len());
    let a = String::from("tic");
    let b = String::from("tac");
    let c = a + "-" + &b + "-toe";
    println!("{}", c);
    println!("{}", initials("Grace Brewster Murray Hopper"));
    let mut line = String::with_capacity(16);
    for i in 0..5 {
        if !line.is_empty() {
            line.push_str(", ");
        }
        line.push_str(&i.to_string());
    }
    println!("[{}]", line);
    s.insert(0, '>');
    s.truncate(9);
    println!("{}", s);
    let popped = s.pop();
    println!("{} {:?}", s, popped);
    s.clear();
    println!("cleared: {:?}", s);
}
