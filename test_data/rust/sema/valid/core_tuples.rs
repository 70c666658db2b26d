fn min_max(values: &[i32]) -> (i32, i32) {
    let mut lo = values[0];
    let mut hi = values[0];
    for &v in values {
        if v < lo {
            lo = v;
        }
        if v > hi {
            hi = v;
        }
    }
    (lo, hi)
}

fn divmod(a: i32, b: i32) -> (i32, i32) {
    (a / b, a % b)
}

fn main() {
    let point = (3, -4);
    println!("point = {:?}, x = {}, y = {}", point, point.0, point.1);
    let person: (&str, u32, bool) = ("Ada", 36, true);
    println!("{} is {} (active: {})", person.0, person.1, person.2);
    let (lo, hi) = min_max(&[7, -2, 15, 4, 0]);
    println!("min = {}, max = {}", lo, hi);
    let (q, r) = divmod(17, 5);
    println!("17 = 5 * {} + {}", q, r);
    let nested = ((1, 2), (3.5, 'x'));
    println!("nested.1.1 = {}", (nested.1).1);
    println!("{:?}", nested);
    let mut pair = (0, 0);
    pair.0 += 10;
    pair.1 -= 3;
    println!("pair = {:?}", pair);
    println!("tuples compare: {}", (1, 'b') < (1, 'c'));
}
