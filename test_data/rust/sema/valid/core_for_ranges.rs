fn main() {
    print!("0..5:");
    for i in 0..5 {
        print!(" {}", i);
    }
    println!();
    print!("1..=5:");
    for i in 1..=5 {
        print!(" {}", i);
    }
    println!();
    print!("rev:");
    for i in (0..5).rev() {
        print!(" {}", i);
    }
    println!();
    print!("step_by 3:");
    for i in (0..20).step_by(3) {
        print!(" {}", i);
    }
    println!();
    let mut triangle = 0;
    for i in 1..=100 {
        triangle += i;
    }
    println!("sum 1..=100 = {}", triangle);
    for row in 1..=4 {
        for _ in 0..(4 - row) {
            print!(" ");
        }
        for _ in 0..(2 * row - 1) {
            print!("*");
        }
        println!();
    }
    let empty = 5..5;
    println!("empty range is_empty: {}", empty.is_empty());
    println!("(3..8).contains(&7) = {}", (3..8).contains(&7));
    for c in 'a'..='e' {
        print!("{}", c);
    }
    println!();
}
