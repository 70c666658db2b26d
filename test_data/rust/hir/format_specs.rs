fn main() {
    let x = 3.14159;
    let n = 42;
    let name = "deepdive";
    println!("{:>8.3}|{:<5}|{:^7}|{:08.2}", x, n, name, x);
    println!("{:+} {:#x} {:#b} {:o} {:e}", n, n, n, n, x);
    println!("{name} has {n} and {0} and {0:?}", name);
    print!("no newline");
    eprintln!("to stderr {}", n);
    let s = format!("{}-{}", n, name);
    println!("{s}");
}
