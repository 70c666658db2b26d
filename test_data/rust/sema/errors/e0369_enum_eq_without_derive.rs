enum Status {
    Active,
    Stopped,
}

fn main() {
    let s = Status::Active;
    let t = Status::Stopped;
    if s == Status::Active {
        println!("running");
    }
    match t {
        Status::Active | Status::Stopped => println!("known"),
    }
}
