struct Book {
    title: String,
    pages: u32,
    year: u16,
}

fn main() {
    let b = Book { title: String::from("Dune"), pages: 412 };
    println!("{} {} {}", b.title, b.pages, b.year);
}
