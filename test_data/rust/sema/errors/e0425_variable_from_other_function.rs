fn setup() {
    let config = "debug";
    println!("{}", config);
}

fn main() {
    setup();
    println!("mode: {}", config);
}
