trait Named {
    fn name(&self) -> String;
}

struct Dog;

impl Named for Dog {
    fn name(&self) -> String {
        String::from("dog")
    }
}

fn greet<T>(x: &T) -> String {
    format!("hello {}", x.name())
}

fn main() {
    println!("{}", greet(&Dog));
}
