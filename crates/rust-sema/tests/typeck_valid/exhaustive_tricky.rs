// Exhaustive matches that must give no E0004 (rustc accepts every one).
const LIMIT: u8 = 10;

#[derive(Clone, Copy, PartialEq)]
enum Dir {
    Up,
    Down,
}

impl Dir {
    fn flip(self) -> Dir {
        match self {
            Self::Up => Self::Down,
            Dir::Down => Dir::Up,
        }
    }
}

struct P {
    x: i32,
    d: Dir,
}

fn big(n: u128) -> u8 {
    match n {
        0 => 0,
        1..=u128::MAX => 1,
    }
}

fn signed(n: i128) -> u8 {
    match n {
        i128::MIN..=-1 => 0,
        0..=i128::MAX => 1,
    }
}

fn chars(c: char) -> u8 {
    match c {
        '\0'..='\u{D7FF}' | '\u{E000}'..='\u{10FFFF}' => 1,
    }
}

fn refs(v: &&Option<bool>) -> u8 {
    match v {
        Some(true) => 1,
        Some(false) => 2,
        None => 3,
    }
}

fn consts(n: u8) -> u8 {
    match n {
        0..=9 => 0,
        LIMIT => 1,
        11..=255 => 2,
    }
}

fn at_binding(o: Option<u8>) -> u8 {
    match o {
        s @ Some(1..=5) => s.unwrap(),
        Some(_) | None => 0,
    }
}

fn fields(p: &P) -> i32 {
    match p {
        P { d: Dir::Up, x } => *x,
        P { d: Dir::Down, .. } => 0,
    }
}

fn mutable(o: &mut Option<i32>) {
    match o {
        Some(n) => *n += 1,
        None => {}
    }
}

fn arrays(a: [bool; 2]) -> u8 {
    match a {
        [true, true] => 3,
        [true, false] => 2,
        [false, _] => 1,
    }
}

fn strings(s: &str) -> u8 {
    match s {
        "a" | "b" => 1,
        _ => 0,
    }
}

fn floats(f: f64) -> u8 {
    match f {
        0.0 => 0,
        _ => 1,
    }
}

fn wide(t: (bool, bool, bool, bool, bool, bool, bool, bool, bool, bool, bool, bool)) -> u8 {
    match t {
        (
            true | false,
            true | false,
            true | false,
            true | false,
            true | false,
            true | false,
            true | false,
            true | false,
            true | false,
            true | false,
            true | false,
            true | false,
        ) => 1,
    }
}

fn main() {
    let mut o = Some(1);
    mutable(&mut o);
    println!(
        "{} {} {} {} {} {} {} {} {} {} {}",
        big(5),
        signed(-3),
        chars('x'),
        refs(&&Some(true)),
        consts(10),
        at_binding(Some(3)),
        fields(&P { x: 4, d: Dir::Up.flip() }),
        arrays([true, false]),
        strings("b"),
        floats(1.5),
        wide((true, true, true, true, true, true, true, true, true, true, true, false))
    );
}
