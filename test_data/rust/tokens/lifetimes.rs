struct Holder<'a, 'b: 'a> {
    x: &'a str,
    y: &'b str,
}

fn longest<'a>(x: &'a str, y: &'a str) -> &'a str {
    if x.len() > y.len() { x } else { y }
}

fn raw<'r#a>(x: &'r#a u8) -> &'r#a u8 {
    x
}

fn main() {
    let s: &'static str = "s";
    let _h: Holder<'_, '_> = Holder { x: s, y: s };
    'label: loop {
        break 'label;
    }
    let _ = longest(s, s);
    let _ = raw(&1);
}
