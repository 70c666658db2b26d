// Several independent errors: each is reported and the rest of the file still parses.
fn missing_semicolon() {
    let x = 1
    let y = x + 1;
}

fn bad_argument() {
    f(1 2);
    g(3);
}

struct Point { x: f64 y: f64 }

fn after_errors(p: Point) -> f64 {
    p.x + p.y
}

fn bad_arm(n: u8) {
    match n {
        0 => zero(),
        1 2 => one(),
        _ => other(),
    }
}
