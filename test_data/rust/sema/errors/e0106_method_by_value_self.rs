struct Picker {
    left: bool,
}

impl Picker {
    fn pick(self, a: &str, b: &str) -> &str {
        if self.left {
            a
        } else {
            b
        }
    }
}

fn main() {
    let p = Picker { left: true };
    println!("{}", p.pick("x", "y"));
}
