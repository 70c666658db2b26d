enum Event {
    Click { x: i32, y: i32 },
    Key(char),
}

fn main() {
    let events = [Event::Click { x: 3 }, Event::Key('q')];
    for e in &events {
        match e {
            Event::Click { x, y } => println!("click {} {}", x, y),
            Event::Key(c) => println!("key {}", c),
        }
    }
}
