enum Event {
    Key(char),
    Click { x: i32, y: i32 },
    Quit,
}

fn describe(e: Event) -> String {
    match e {
        Event::Key(c) => format!("key {}", c),
        Event::Quit => String::from("quit"),
    }
}

fn main() {
    println!("{}", describe(Event::Key('x')));
}
