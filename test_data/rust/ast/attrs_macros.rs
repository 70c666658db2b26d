#![cfg_attr(test, allow(unused))]

#[cfg(test)]
mod tests {
    #[test]
    fn works() {
        assert_eq!(2 + 2, 4);
        assert!(true, "message {}", 1);
    }
}

#[derive(Debug)]
#[repr(C, align(8))]
struct S {
    #[allow(dead_code)]
    field: u8,
}

#[doc = "documented"]
#[path = "x.rs"]
fn documented() {
    #[allow(unused_variables)]
    let x = 1;
    #[cfg(feature = "x")]
    {
        f();
    }
    let v = vec![#[cfg(all())] 1, 2];
}

/** Block doc. */
enum E {
    /// Variant doc.
    #[default]
    A,
}

macro_rules! maximum {
    ($x:expr) => ($x);
    ($x:expr, $($rest:expr),+) => {{ let a = $x; let b = maximum!($($rest),+); if a > b { a } else { b } }};
}

maximum!(1, 2);
lazy_static::lazy_static! {
    static ref X: u8 = 1;
}
