#[derive(Debug)]
struct Address {
    city: String,
    zip: u32,
}

#[derive(Debug)]
struct Person {
    name: String,
    age: u8,
    tags: Vec<&'static str>,
    address: Option<Address>,
}

fn main() {
    let p = Person {
        name: String::from("Alan"),
        age: 41,
        tags: vec!["math", "computing"],
        address: Some(Address { city: String::from("Wilmslow"), zip: 9 }),
    };
    println!("{:?}", p);
    println!("{:#?}", p);
    let pair = (1, "two", [3.0, 4.5]);
    println!("{:?}", pair);
    println!("{:#?}", pair);
    println!("{:?}", "quote \" and newline \n and tab \t");
    println!("{:?} {:?}", 'x', '\'');
    let nothing: Option<Address> = None;
    println!("{:#?}", nothing);
    println!("{} is {} ({} tags)", p.name, p.age, p.tags.len());
    if let Some(a) = &p.address {
        println!("lives in {} {}", a.city, a.zip);
    }
}
