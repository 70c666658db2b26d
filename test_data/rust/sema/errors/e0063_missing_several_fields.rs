struct Window {
    width: u32,
    height: u32,
    title: String,
    visible: bool,
}

fn main() {
    let w = Window { width: 640 };
    println!("{} {} {} {}", w.width, w.height, w.title, w.visible);
}
