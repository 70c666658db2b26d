struct Counter {
    n: u32,
}

impl Counter {
    fn next(&mut self) -> u32 {
        self.n += 1
    }
}

fn main() {
    let mut c = Counter { n: 0 };
    println!("{}", c.next());
}
