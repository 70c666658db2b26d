#[derive(Clone, Copy)]
enum Light {
    Red,
    Yellow,
    Green,
}

fn main() {
    let ns = Light::Red;
    let ew = Light::Green;
    let ok = match (ns, ew) {
        (Light::Red, _) => true,
        (_, Light::Red) => true,
        (Light::Yellow, Light::Yellow) => false,
    };
    println!("{}", ok);
}
