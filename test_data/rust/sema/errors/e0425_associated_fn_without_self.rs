struct Stack {
    items: Vec<i32>,
}

impl Stack {
    fn new() -> Stack {
        Stack { items: Vec::new() }
    }

    fn with_one(x: i32) -> Stack {
        let mut s = new();
        s.items.push(x);
        s
    }
}

fn main() {
    let s = Stack::with_one(3);
    println!("{:?}", s.items);
}
