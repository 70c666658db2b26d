struct Counter {
    count: u32,
}

impl Counter {
    fn bump(&mut self) -> u32 {
        self.count += 1;
        count
    }
}

fn main() {
    let mut c = Counter { count: 0 };
    println!("{}", c.bump());
}
