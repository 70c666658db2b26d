fn main() {
    let factor = 3;
    let scale = |x: i32| x * factor;
    println!("scale(7) = {}", scale(7));

    let mut count = 0;
    let mut increment = || {
        count += 1;
        count
    };
    increment();
    increment();
    println!("count after two calls = {}", increment());

    let name = String::from("closure");
    let shout = move || name.to_uppercase();
    println!("{}", shout());
    println!("{}", shout());

    let add = |a: i32, b: i32| -> i32 { a + b };
    let compose = |x| scale(add(x, 1));
    println!("compose(4) = {}", compose(4));

    let mut log: Vec<String> = Vec::new();
    let mut record = |event: &str| log.push(format!("[{}] {}", log.len(), event));
    record("start");
    record("work");
    record("stop");
    println!("{:?}", log);
}
