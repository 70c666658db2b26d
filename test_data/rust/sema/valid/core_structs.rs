struct Rectangle {
    width: u32,
    height: u32,
}

struct Point {
    x: f64,
    y: f64,
}

fn area(r: &Rectangle) -> u32 {
    r.width * r.height
}

fn distance(a: &Point, b: &Point) -> f64 {
    let dx = a.x - b.x;
    let dy = a.y - b.y;
    (dx * dx + dy * dy).sqrt()
}

fn main() {
    let r = Rectangle { width: 30, height: 50 };
    println!("{}x{} has area {}", r.width, r.height, area(&r));
    let mut square = Rectangle { width: 10, height: 10 };
    square.width += 5;
    square.height = square.width;
    println!("square is now {}x{}", square.width, square.height);
    let origin = Point { x: 0.0, y: 0.0 };
    let p = Point { x: 3.0, y: 4.0 };
    println!("distance = {}", distance(&origin, &p));
    let x = 1.5;
    let y = -2.0;
    let shorthand = Point { x, y };
    println!("shorthand = ({}, {})", shorthand.x, shorthand.y);
    let Point { x: px, y: py } = p;
    println!("destructured: {} {}", px, py);
}
