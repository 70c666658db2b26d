fn reverse(s: &str) -> String {
    let mut out = String::new();
    for c in s.chars().rev() {
        out.push(c);
    }
    out
}

fn is_palindrome(s: &str) -> bool {
    let mut cleaned = String::new();
    for c in s.chars() {
        if c.is_alphanumeric() {
            cleaned.push(c.to_ascii_lowercase());
        }
    }
    cleaned == reverse(&cleaned)
}

fn main() {
    let word = "héllo";
    println!("{} has {} bytes and {} chars", word, word.len(), word.chars().count());
    for b in word.bytes() {
        print!("{:02x} ", b);
    }
    println!();
    for (i, c) in word.char_indices() {
        println!("byte {} -> {:?}", i, c);
    }
    println!("reverse: {}", reverse("stressed"));
    for s in ["A man, a plan, a canal: Panama", "deepdive", "Was it a car or a cat I saw?"] {
        println!("{:?} palindrome: {}", s, is_palindrome(s));
    }
    let bytes = "ABC".as_bytes();
    println!("{:?}", bytes);
}
