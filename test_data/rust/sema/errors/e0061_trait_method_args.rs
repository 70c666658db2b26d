trait Scale {
    fn scale(&self, factor: f64) -> f64;
}

struct Length(f64);

impl Scale for Length {
    fn scale(&self, factor: f64) -> f64 {
        self.0 * factor
    }
}

fn main() {
    let l = Length(2.0);
    println!("{}", l.scale(1.5, 2.0));
}
