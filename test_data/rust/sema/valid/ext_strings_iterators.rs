fn capitalize(word: &str) -> String {
    let mut chars = word.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().collect::<String>() + chars.as_str(),
        None => String::new(),
    }
}

fn main() {
    let sentence = "the rust programming language";
    let title: Vec<String> = sentence.split_whitespace().map(capitalize).collect();
    println!("{}", title.join(" "));
    let acronym: String = sentence.split(' ').filter_map(|w| w.chars().next()).map(|c| c.to_ascii_uppercase()).collect();
    println!("{}", acronym);
    let vowels = sentence.chars().filter(|c| "aeiou".contains(*c)).count();
    println!("vowels: {}", vowels);
    let snake = "parseHttpRequestLine"
        .chars()
        .fold(String::new(), |mut s, c| {
            if c.is_uppercase() {
                s.push('_');
                s.push(c.to_ascii_lowercase());
            } else {
                s.push(c);
            }
            s
        });
    println!("{}", snake);
    let numbers = "4, 8, 15, 16, 23, 42";
    let parsed: Result<Vec<i32>, _> = numbers.split(", ").map(|s| s.parse::<i32>()).collect();
    println!("{:?}", parsed);
    let bad: Result<Vec<i32>, _> = "1,two,3".split(',').map(|s| s.parse::<i32>()).collect();
    println!("{:?}", bad.is_err());
    let lines = "a=1\nb=2\nc=3";
    let keys: Vec<&str> = lines.lines().map(|l| l.split('=').next().unwrap()).collect();
    println!("{:?}", keys);
}
