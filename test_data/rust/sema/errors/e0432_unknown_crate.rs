use rand::Rng;

fn main() {
    println!("dice: {}", 4);
}
