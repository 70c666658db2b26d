struct Config {
    width: u32,
    height: u32,
}

fn main() {
    let c = Config { width: 10, hieght: 20 };
    println!("{}", c.width);
}
