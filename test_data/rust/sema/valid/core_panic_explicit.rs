#[derive(Debug)]
enum State {
    Idle,
    Running(u32),
    Broken,
}

fn step(s: State) -> State {
    match s {
        State::Idle => State::Running(1),
        State::Running(n) if n < 3 => State::Running(n + 1),
        State::Running(_) => State::Broken,
        State::Broken => panic!("machine is broken after {} steps", 4),
    }
}

fn main() {
    let mut s = State::Idle;
    for _ in 0..6 {
        println!("{:?}", s);
        s = step(s);
    }
}
