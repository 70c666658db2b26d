struct Reading {
    value: i32,
    valid: bool,
}

fn label(r: &Reading) -> &'static str {
    match r {
        Reading { valid: false, .. } => "invalid",
        Reading { value, .. } if *value < 0 => "negative",
        Reading { value: 0, .. } => "zero",
        _ => "positive",
    }
}

fn main() {
    let rs = [
        Reading { value: -3, valid: true },
        Reading { value: 0, valid: true },
        Reading { value: 9, valid: true },
        Reading { value: 9, valid: false },
    ];
    for r in &rs {
        println!("{}", label(r));
    }
    let n: Option<i64> = Some(4);
    match n {
        Some(x) if x % 2 == 0 => println!("even"),
        Some(_) => println!("odd"),
        None => println!("none"),
    }
}
