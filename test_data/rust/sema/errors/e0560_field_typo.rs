struct Person {
    name: String,
    age: u32,
}

fn main() {
    let p = Person { name: String::from("Lin"), age: 30, adress: String::from("here") };
    println!("{} {}", p.name, p.age);
}
