struct Config {
    verbose: bool,
}

fn main() {
    let a = Config { verbose: true };
    let b = a.clone();
    println!("{} {}", a.verbose, b.verbose);
}
