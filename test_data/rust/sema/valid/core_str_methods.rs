fn main() {
    let s = "  Hello, deepdive world!  ";
    let t = s.trim();
    println!("trimmed: {:?}", t);
    println!("len = {}, is_empty = {}", t.len(), t.is_empty());
    println!("upper: {}", t.to_uppercase());
    println!("lower: {}", t.to_lowercase());
    println!("starts_with Hello: {}", t.starts_with("Hello"));
    println!("ends_with '!': {}", t.ends_with('!'));
    println!("find 'deep': {:?}", t.find("deep"));
    println!("find 'zzz': {:?}", t.find("zzz"));
    println!("replace: {}", t.replace("world", "program"));
    println!("slice [7..15]: {}", &t[7..15]);
    for part in t.split(", ") {
        println!("part: {}", part);
    }
    for (i, word) in "one two  three".split_whitespace().enumerate() {
        println!("word {}: {}", i, word);
    }
    let csv = "3,1,4,1,5";
    let mut total = 0;
    for field in csv.split(',') {
        total += field.parse::<i32>().unwrap();
    }
    println!("csv total = {}", total);
    println!("repeat: {}", "ab".repeat(3));
    println!("cmp: {}", "apple" < "banana");
}
