fn code(cmd: &str) -> i32 {
    match cmd {
        "start" => 1,
        "stop" => 2,
    }
}

fn main() {
    println!("{}", code("start"));
}
