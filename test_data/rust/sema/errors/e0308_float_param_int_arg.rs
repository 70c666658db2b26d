fn circle_area(radius: f64) -> f64 {
    3.14159 * radius * radius
}

fn main() {
    let r: i32 = 2;
    println!("{}", circle_area(r));
}
