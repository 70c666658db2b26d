fn parse_age(s: &str) -> Option<u32> {
    s.trim().parse::<u32>().ok()
}

fn find_user(id: u32) -> Option<&'static str> {
    match id {
        1 => Some("ann"),
        2 => Some("bob"),
        _ => None,
    }
}

fn main() {
    let ages = ["42", " 7 ", "x"];
    for a in ages {
        let parsed = parse_age(a);
        let shown = parsed.map(|n| n * 2).unwrap_or(0);
        println!("{:?} -> {}", parsed, shown);
    }
    let name = find_user(1).map(|n| n.to_uppercase());
    println!("{:?}", name);
    let missing = find_user(9).unwrap_or_else(|| "nobody");
    println!("{}", missing);
    let len = find_user(2).and_then(|n| if n.len() > 2 { Some(n.len()) } else { None });
    println!("{:?}", len);
    let r: Result<&str, String> = find_user(3).ok_or(String::from("no user 3"));
    println!("{:?}", r);
    let mut slot = Some(5);
    let taken = slot.take();
    println!("{:?} {:?} {}", taken, slot, slot.is_none());
    let v = vec![10, 20];
    let first = v.first().copied().unwrap_or_default();
    println!("{}", first);
    let filtered = Some(4).filter(|x| x % 2 == 0);
    println!("{:?} {}", filtered, filtered.is_some());
}
