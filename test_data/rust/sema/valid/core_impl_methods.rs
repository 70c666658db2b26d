struct Counter {
    name: String,
    count: u32,
    step: u32,
}

impl Counter {
    fn new(name: &str) -> Counter {
        Counter { name: name.to_string(), count: 0, step: 1 }
    }

    fn with_step(name: &str, step: u32) -> Self {
        Self { step, ..Self::new(name) }
    }

    fn tick(&mut self) {
        self.count += self.step;
    }

    fn ticks(&mut self, n: u32) -> &mut Self {
        for _ in 0..n {
            self.tick();
        }
        self
    }

    fn value(&self) -> u32 {
        self.count
    }

    fn finish(self) -> String {
        format!("{} finished at {}", self.name, self.count)
    }
}

fn main() {
    let mut a = Counter::new("a");
    a.tick();
    a.tick();
    println!("a = {}", a.value());
    let mut b = Counter::with_step("b", 5);
    b.ticks(3).ticks(2);
    println!("b = {}", b.value());
    Counter::tick(&mut a);
    println!("{}", a.finish());
    println!("{}", b.finish());
}
