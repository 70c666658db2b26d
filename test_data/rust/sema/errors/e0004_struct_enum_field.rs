enum Kind {
    Data,
    Ack,
    Reset,
}

struct Packet {
    kind: Kind,
    urgent: bool,
}

fn handle(p: Packet) -> u32 {
    match p {
        Packet { kind: Kind::Data, .. } => 1,
        Packet { kind: Kind::Ack, urgent: true } => 2,
        Packet { kind: Kind::Reset, urgent: false } => 3,
    }
}

fn main() {
    println!("{}", handle(Packet { kind: Kind::Data, urgent: false }));
}
