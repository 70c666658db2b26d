fn longest<'a>(x: &'a str, y: &'a str) -> &'a str {
    if x.len() >= y.len() { x } else { y }
}

fn first_word<'a>(s: &'a str) -> &'a str {
    match s.find(' ') {
        Some(i) => &s[..i],
        None => s,
    }
}

fn pick_first<'a, 'b>(x: &'a str, _y: &'b str) -> &'a str {
    x
}

fn main() {
    let a = String::from("a long string");
    let result;
    {
        let b = String::from("short");
        println!("longest: {}", longest(&a, &b));
        result = pick_first(&a, &b);
    }
    println!("picked: {}", result);
    println!("first word: {}", first_word(&a));
    let s: &'static str = "static text lives forever";
    println!("{}", longest(s, first_word(s)));
}
