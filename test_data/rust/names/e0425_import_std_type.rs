use std::cell::Cell;

fn main() {
    let c = Cell::new(1);
    let m: HashMap<i32, i32> = HashMap::new();
    println!("{:?} {:?}", c, m);
}
