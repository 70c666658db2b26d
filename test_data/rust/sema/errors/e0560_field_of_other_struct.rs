struct Cat {
    name: String,
    lives: u8,
}

struct Dog {
    name: String,
    good: bool,
}

fn main() {
    let c = Cat { name: String::from("Tom"), lives: 9, good: true };
    let d = Dog { name: String::from("Rex"), good: true };
    println!("{} {} {} {}", c.name, c.lives, d.name, d.good);
}
