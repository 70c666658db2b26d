#[derive(Debug)]
struct Queue<T> {
    items: Vec<T>,
}

impl<T: std::fmt::Debug> Queue<T> {
    fn new() -> Self {
        Queue { items: Vec::new() }
    }

    fn push(&mut self, item: T) {
        self.items.push(item);
    }

    fn pop(&mut self) -> Option<T> {
        if self.items.is_empty() {
            None
        } else {
            Some(self.items.remove(0))
        }
    }

    fn peek(&self) -> Option<&T> {
        self.items.first()
    }

    fn len(&self) -> usize {
        self.items.len()
    }
}

fn drain_all<T: std::fmt::Debug>(q: &mut Queue<T>) -> Vec<T> {
    let mut out = Vec::new();
    while let Some(x) = q.pop() {
        out.push(x);
    }
    out
}

fn main() {
    let mut q = Queue::new();
    q.push(1);
    q.push(2);
    q.push(3);
    println!("peek {:?} len {}", q.peek(), q.len());
    println!("pop {:?}", q.pop());
    let rest = drain_all(&mut q);
    println!("rest {:?} left {}", rest, q.len());
    let mut names: Queue<String> = Queue::new();
    names.push(String::from("x"));
    let first: Option<String> = names.pop();
    println!("{:?} {:?}", first, names);
}
