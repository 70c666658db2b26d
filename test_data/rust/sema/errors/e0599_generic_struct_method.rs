struct Stack<T> {
    items: Vec<T>,
}

impl<T> Stack<T> {
    fn new() -> Self {
        Stack { items: Vec::new() }
    }

    fn push(&mut self, x: T) {
        self.items.push(x);
    }
}

fn main() {
    let mut s = Stack::new();
    s.push(1);
    println!("{}", s.size());
}
