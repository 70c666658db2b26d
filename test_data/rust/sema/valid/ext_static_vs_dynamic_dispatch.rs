trait Greeter {
    fn greet(&self, who: &str) -> String;
}

struct English;
struct French {
    formal: bool,
}

impl Greeter for English {
    fn greet(&self, who: &str) -> String {
        format!("Hello, {}", who)
    }
}

impl Greeter for French {
    fn greet(&self, who: &str) -> String {
        if self.formal { format!("Bonjour, {}", who) } else { format!("Salut, {}", who) }
    }
}

// Monomorphized: one copy per concrete type.
fn greet_static<G: Greeter>(g: &G, who: &str) -> String {
    g.greet(who)
}

// Dynamic dispatch through a vtable.
fn greet_dynamic(g: &dyn Greeter, who: &str) -> String {
    g.greet(who)
}

fn greet_impl(g: &impl Greeter) -> String {
    g.greet("impl")
}

fn main() {
    let e = English;
    let f = French { formal: true };
    let s = French { formal: false };
    println!("{}", greet_static(&e, "static"));
    println!("{}", greet_static(&f, "static"));
    println!("{}", greet_dynamic(&s, "dynamic"));
    let all: [&dyn Greeter; 3] = [&e, &f, &s];
    for g in all {
        println!("{}", greet_dynamic(g, "list"));
    }
    println!("{}", greet_impl(&e));
    println!("sizes: &English {} bytes, &dyn Greeter {} bytes",
        std::mem::size_of::<&English>(), std::mem::size_of::<&dyn Greeter>());
}
