fn apply<F: Fn(i32) -> i32>(f: F, x: i32) -> i32 {
    f(x)
}

fn apply_twice<F>(f: F, x: i32) -> i32
where
    F: Fn(i32) -> i32,
{
    f(f(x))
}

fn compose<A, B, C>(f: impl Fn(A) -> B, g: impl Fn(B) -> C) -> impl Fn(A) -> C {
    move |x| g(f(x))
}

fn main() {
    let offset = 10;
    let add = |x| x + offset;
    let double = |x: i32| -> i32 { x * 2 };
    println!("{}", apply(add, 1));
    println!("{}", apply_twice(double, 3));
    println!("{}", apply(|x| x - 1, 0));
    let mut count = 0;
    let mut bump = || {
        count += 1;
        count
    };
    bump();
    bump();
    println!("count = {}", bump());
    let both = compose(|x: i32| x + 1, |y: i32| y * 10);
    println!("{}", both(4));
    let names = vec!["ann", "bob"];
    let greet = |name: &str| format!("hi {}", name);
    for n in &names {
        println!("{}", greet(n));
    }
}
