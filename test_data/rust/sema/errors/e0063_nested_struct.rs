struct Size {
    w: u32,
    h: u32,
}

struct Sprite {
    name: String,
    size: Size,
}

fn main() {
    let s = Sprite { name: String::from("hero"), size: Size { w: 16 } };
    println!("{} {}x{}", s.name, s.size.w, s.size.h);
}
