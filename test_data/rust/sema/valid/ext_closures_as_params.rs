fn apply_twice<F: Fn(i32) -> i32>(f: F, x: i32) -> i32 {
    f(f(x))
}

fn apply_n(f: &dyn Fn(u64) -> u64, n: usize, x: u64) -> u64 {
    let mut v = x;
    for _ in 0..n {
        v = f(v);
    }
    v
}

fn call_mut<F>(mut f: F, times: u32)
where
    F: FnMut(u32),
{
    for i in 0..times {
        f(i);
    }
}

fn consume<F: FnOnce() -> String>(f: F) -> String {
    f()
}

fn make_adder(n: i32) -> impl Fn(i32) -> i32 {
    move |x| x + n
}

fn make_op(op: char) -> Box<dyn Fn(i32, i32) -> i32> {
    match op {
        '+' => Box::new(|a, b| a + b),
        '*' => Box::new(|a, b| a * b),
        _ => Box::new(|a, _| a),
    }
}

fn main() {
    println!("{}", apply_twice(|x| x * x, 3));
    println!("{}", apply_n(&|x| x * 2, 10, 1));
    let mut total = 0;
    call_mut(|i| total += i, 5);
    println!("total = {}", total);
    let owned = String::from("moved in");
    println!("{}", consume(move || owned + "!"));
    let add5 = make_adder(5);
    println!("{}", add5(10));
    for op in ['+', '*', '?'] {
        println!("6 {} 7 -> {}", op, make_op(op)(6, 7));
    }
}
