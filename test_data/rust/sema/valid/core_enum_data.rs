#[derive(Debug)]
enum Message {
    Quit,
    Move { x: i32, y: i32 },
    Write(String),
    ChangeColor(u8, u8, u8),
}

fn describe(m: &Message) -> String {
    match m {
        Message::Quit => String::from("quit"),
        Message::Move { x, y } => format!("move to ({}, {})", x, y),
        Message::Write(text) => format!("write {:?} ({} chars)", text, text.len()),
        Message::ChangeColor(r, g, b) => format!("color #{:02X}{:02X}{:02X}", r, g, b),
    }
}

fn main() {
    let inbox = vec![
        Message::Move { x: 10, y: -5 },
        Message::Write(String::from("hello")),
        Message::ChangeColor(255, 160, 0),
        Message::Quit,
    ];
    let mut position = (0, 0);
    for m in &inbox {
        println!("{}", describe(m));
        if let Message::Move { x, y } = m {
            position = (position.0 + x, position.1 + y);
        }
    }
    println!("position = {:?}", position);
    println!("{:?}", inbox[1]);
    println!("size_of::<Message>() = {}", std::mem::size_of::<Message>());
}
