fn largest<T: PartialOrd + Copy>(list: &[T]) -> T {
    list[0]
}

fn longest<'a, 'b: 'a>(x: &'a str, y: &'b str) -> &'a str {
    x
}

fn sum<const N: usize>(xs: [i32; N]) -> i32 {
    0
}

struct Holder<'a, T: ?Sized + 'a, const N: usize = 3, U = u8>
where
    T: Debug,
    for<'b> &'b T: IntoIterator,
    'a: 'static,
{
    r: &'a T,
    u: U,
}

impl<'a, T> Iterator for Holder<'a, T, 3, u8>
where
    T: Clone,
{
    type Item = &'a T;
    fn next(&mut self) -> Option<Self::Item> {
        None
    }
}

fn apply<F>(f: F) -> impl Fn() -> u8
where
    F: FnOnce(u8) -> u8 + Clone,
{
    move || 1
}

trait Container {
    type Item<'a>: 'a where Self: 'a;
    fn get<'a>(&'a self) -> Self::Item<'a>;
}
