#[derive(Debug)]
struct Stack<T> {
    items: Vec<T>,
}

impl<T: std::fmt::Debug> Stack<T> {
    fn new() -> Self {
        Stack { items: Vec::new() }
    }

    fn push(&mut self, item: T) {
        self.items.push(item);
    }

    fn pop(&mut self) -> Option<T> {
        self.items.pop()
    }

    fn peek(&self) -> Option<&T> {
        self.items.last()
    }

    fn len(&self) -> usize {
        self.items.len()
    }

    fn is_empty(&self) -> bool {
        self.items.is_empty()
    }
}

fn balanced(text: &str) -> bool {
    let mut stack: Stack<char> = Stack::new();
    for c in text.chars() {
        match c {
            '(' | '[' | '{' => stack.push(c),
            ')' | ']' | '}' => {
                let open = match c {
                    ')' => '(',
                    ']' => '[',
                    _ => '{',
                };
                if stack.pop() != Some(open) {
                    return false;
                }
            }
            _ => {}
        }
    }
    stack.is_empty()
}

fn main() {
    let mut s: Stack<i32> = Stack::new();
    for i in 1..=3 {
        s.push(i * 10);
    }
    println!("{:?}, len {}, peek {:?}", s, s.len(), s.peek());
    println!("pop {:?}", s.pop());
    let mut words = Stack::new();
    words.push("hello");
    println!("{:?}", words);
    for t in ["(a[b]{c})", "(]", "((", "{[()()]}"] {
        println!("{} balanced: {}", t, balanced(t));
    }
}
