#[derive(Debug, Clone, Copy, PartialEq)]
struct Meters(f64);

#[derive(Debug, Clone, Copy, PartialEq)]
struct Feet(f64);

#[derive(Debug)]
struct Color(u8, u8, u8);

#[derive(Debug)]
struct Marker;

fn to_feet(m: Meters) -> Feet {
    Feet(m.0 * 3.28084)
}

fn hex(c: &Color) -> String {
    format!("#{:02x}{:02x}{:02x}", c.0, c.1, c.2)
}

fn main() {
    let height = Meters(1.8);
    let f = to_feet(height);
    println!("{:?} = {:?}", height, f);
    println!("{:.2} ft", f.0);
    let teal = Color(0, 128, 128);
    println!("{:?} is {}", teal, hex(&teal));
    let Color(r, g, b) = teal;
    println!("r={} g={} b={}", r, g, b);
    println!("equal: {}", Meters(2.0) == Meters(2.0));
    println!("unit struct: {:?}, size {}", Marker, std::mem::size_of::<Marker>());
}
