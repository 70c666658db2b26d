fn main() {
    let mut n = 0;
    'outer: loop {
        n += 1;
        if n > 3 {
            break 'outr;
        }
        if n > 5 {
            break 'outer;
        }
    }
}
