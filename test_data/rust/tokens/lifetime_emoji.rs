// rustc 1.95 ends a lifetime before an emoji; newer rustc_lexer versions do not.
macro_rules! eat { ($($t:tt)*) => {} }

fn main() {
    eat!('a🦀);
}
