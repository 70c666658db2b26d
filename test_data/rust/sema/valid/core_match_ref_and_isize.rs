enum Op {
    Add(i64, i64),
    Neg(i64),
    Nop,
}

fn eval(op: &Op) -> i64 {
    match op {
        Op::Add(a, b) => a + b,
        Op::Neg(a) => -a,
        Op::Nop => 0,
    }
}

fn size(n: isize) -> &'static str {
    match n {
        ..=-1 => "neg",
        0 => "zero",
        1.. => "pos",
    }
}

fn main() {
    let ops = vec![Op::Add(2, 3), Op::Neg(4), Op::Nop];
    for op in &ops {
        println!("{}", eval(op));
    }
    println!("{} {} {}", size(-2), size(0), size(8));
    let word = "go";
    match word {
        "stop" => println!("stop"),
        w => println!("other {}", w),
    }
}
