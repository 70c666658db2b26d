fn find_index(haystack: &[&str], needle: &str) -> Option<usize> {
    for i in 0..haystack.len() {
        if haystack[i] == needle {
            return Some(i);
        }
    }
    None
}

fn safe_sqrt(x: f64) -> Option<f64> {
    if x < 0.0 { None } else { Some(x.sqrt()) }
}

fn main() {
    let names = ["ann", "bob", "cid"];
    for target in ["bob", "zed"] {
        match find_index(&names, target) {
            Some(i) => println!("{} is at index {}", target, i),
            None => println!("{} is missing", target),
        }
    }
    let a = safe_sqrt(16.0);
    let b = safe_sqrt(-4.0);
    println!("a = {:?}, b = {:?}", a, b);
    println!("is_some: {}, is_none: {}", a.is_some(), b.is_none());
    println!("unwrap_or: {}", b.unwrap_or(0.0));
    let scaled = match a {
        Some(r) => Some(r * 10.0),
        None => None,
    };
    println!("scaled: {:?}", scaled);
    if let Some(r) = a {
        println!("chained: {:?}", safe_sqrt(r - 10.0));
    }
    println!("or: {:?}, xor: {:?}", b.or(Some(1.0)), a.xor(b));
    let maybe_name: Option<&str> = None;
    println!("hello, {}", maybe_name.unwrap_or("stranger"));
    let mut slot = Some(3);
    let taken = slot.take();
    println!("taken = {:?}, slot = {:?}", taken, slot);
    println!("{}", Some(5).unwrap() + Some(6).expect("six"));
}
