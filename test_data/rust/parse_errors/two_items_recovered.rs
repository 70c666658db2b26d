struct A { x: u8 y: u8 }
fn ok() {}
enum E { V(u8 u8) }
