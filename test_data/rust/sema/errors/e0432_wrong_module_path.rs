use std::fmt::Displayy;

struct Id(u32);

impl Displayy for Id {
    fn fmt(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        write!(f, "#{}", self.0)
    }
}

fn main() {
    println!("{}", Id(7));
}
