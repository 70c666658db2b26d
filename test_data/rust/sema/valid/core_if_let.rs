fn parse_kv(line: &str) -> Option<(&str, &str)> {
    let eq = line.find('=')?;
    Some((line[..eq].trim(), line[eq + 1..].trim()))
}

fn main() {
    let lines = ["name = deepdive", "# comment", "port = 7878", "broken line"];
    for line in lines {
        if let Some((key, value)) = parse_kv(line) {
            println!("key {:?} value {:?}", key, value);
        } else if line.starts_with('#') {
            println!("skipping comment");
        } else {
            println!("cannot parse {:?}", line);
        }
    }
    let number: Result<u8, _> = "300".parse::<u8>();
    if let Err(e) = &number {
        println!("parse failed: {}", e);
    }
    let maybe = Some(42);
    if let Some(n @ 40..=50) = maybe {
        println!("in the forties: {}", n);
    }
    let Some(v) = maybe else {
        panic!("unreachable");
    };
    println!("let-else got {}", v);
}
