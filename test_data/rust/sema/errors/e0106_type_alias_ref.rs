type Name = &str;

fn main() {
    let n: Name = "Ada";
    println!("{}", n);
}
