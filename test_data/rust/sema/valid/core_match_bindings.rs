#[derive(Debug)]
enum Reading {
    Temperature(i32),
    Humidity(u32),
}

fn report(r: &Reading) -> String {
    match r {
        Reading::Temperature(t @ -50..=-1) => format!("freezing: {}", t),
        Reading::Temperature(t @ 0..=25) => format!("mild: {}", t),
        Reading::Temperature(t) => format!("hot or extreme: {}", t),
        Reading::Humidity(h @ (0 | 100)) => format!("humidity at a limit: {}", h),
        Reading::Humidity(h) => format!("humidity {}%", h),
    }
}

fn main() {
    let readings = [
        Reading::Temperature(-12),
        Reading::Temperature(18),
        Reading::Temperature(41),
        Reading::Humidity(100),
        Reading::Humidity(55),
    ];
    for r in &readings {
        println!("{:?}: {}", r, report(r));
    }
    let msg_id = 7;
    match msg_id {
        id @ 3..=9 => println!("id in range: {}", id),
        other => println!("other id: {}", other),
    }
    let point = (2, 5);
    let whole @ (a, b) = point;
    println!("whole = {:?}, a = {}, b = {}", whole, a, b);
    let mut v = vec![1, 2, 3];
    if let Some(last) = v.last_mut() {
        *last *= 10;
    }
    match &v[..] {
        [first, ref rest @ ..] => println!("first {} rest {:?}", first, rest),
        [] => println!("empty"),
    }
}
