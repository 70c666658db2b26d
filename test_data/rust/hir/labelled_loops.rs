fn main() {
    let mut count = 0;
    'outer: for i in 0..5 {
        for j in 0..5 {
            if i * j > 6 {
                break 'outer;
            }
            if j > i {
                continue 'outer;
            }
            count += 1;
        }
    }
    let v = loop {
        break count * 2;
    };
    println!("{}", v);
}
