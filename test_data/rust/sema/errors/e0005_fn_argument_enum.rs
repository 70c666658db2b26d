enum Msg {
    Text(String),
    Ping,
}

fn text(Msg::Text(s): Msg) -> String {
    s
}

fn main() {
    println!("{}", text(Msg::Text(String::from("hi"))));
    let _ = Msg::Ping;
}
