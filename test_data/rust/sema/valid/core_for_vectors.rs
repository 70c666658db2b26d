fn main() {
    let names = vec![String::from("ada"), String::from("linus"), String::from("grace")];
    // By shared reference: the vector stays usable.
    for name in &names {
        println!("hello {}", name);
    }
    let mut lengths = Vec::new();
    for name in names.iter() {
        lengths.push(name.len());
    }
    println!("lengths = {:?}", lengths);
    // By mutable reference: change the elements in place.
    let mut scores = vec![10, 20, 30];
    for s in &mut scores {
        *s *= 2;
    }
    println!("scores = {:?}", scores);
    // By value: the vector is consumed.
    let mut shouted = Vec::new();
    for name in names {
        shouted.push(name.to_uppercase());
    }
    println!("shouted = {:?}", shouted);
    for (i, s) in scores.iter().enumerate() {
        println!("#{} = {}", i, s);
    }
    let mut i = 0;
    while i < shouted.len() {
        println!("index loop {}: {}", i, shouted[i]);
        i += 2;
    }
}
