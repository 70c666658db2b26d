enum Cmd {
    Push(i32),
    Pop,
    Clear,
}

fn run(stack: &mut Vec<i32>, c: Cmd) {
    match c {
        Cmd::Push(v) => {
            stack.push(v);
        }
        Cmd::Pop => {
            stack.pop();
        }
    }
}

fn main() {
    let mut s = Vec::new();
    run(&mut s, Cmd::Push(1));
    run(&mut s, Cmd::Clear);
    println!("{:?}", s);
}
