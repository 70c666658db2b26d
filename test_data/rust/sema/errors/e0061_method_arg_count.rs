struct Rect {
    w: u32,
    h: u32,
}

impl Rect {
    fn scale(&self, k: u32) -> Rect {
        Rect { w: self.w * k, h: self.h * k }
    }
}

fn main() {
    let r = Rect { w: 2, h: 3 };
    let s = r.scale();
    println!("{} {}", s.w, s.h);
}
