// `#"…"#` is reserved in Rust 2024; in Rust 2021 it is `#` followed by a string.
macro_rules! eat { ($($t:tt)*) => {} }

fn main() {
    eat!(#"guarded"# ##"two"## ## k#fn);
}
