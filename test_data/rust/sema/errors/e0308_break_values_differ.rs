fn main() {
    let mut i = 0;
    let found = loop {
        i += 1;
        if i == 10 {
            break i;
        }
        if i > 20 {
            break "none";
        }
    };
    println!("{}", found);
}
