fn first_square_above(limit: u32) -> u32 {
    let mut n = 0;
    loop {
        n += 1;
        if n * n > limit {
            break n * n;
        }
    }
}

fn main() {
    println!("first square above 50: {}", first_square_above(50));
    println!("first square above 1000: {}", first_square_above(1000));
    let mut attempts = 0;
    let found = loop {
        attempts += 1;
        let candidate = attempts * 7 + 3;
        if candidate % 5 == 0 {
            break (attempts, candidate);
        }
    };
    println!("after {} attempts found {}", found.0, found.1);
    let mut countdown = 3;
    loop {
        if countdown == 0 {
            println!("liftoff!");
            break;
        }
        println!("{}...", countdown);
        countdown -= 1;
    }
}
