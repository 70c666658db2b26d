fn shift_char(c: char, k: u8) -> char {
    if c.is_ascii_lowercase() {
        (((c as u8 - b'a' + k) % 26) + b'a') as char
    } else if c.is_ascii_uppercase() {
        (((c as u8 - b'A' + k) % 26) + b'A') as char
    } else {
        c
    }
}

fn encrypt(text: &str, k: u8) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        out.push(shift_char(c, k % 26));
    }
    out
}

fn decrypt(text: &str, k: u8) -> String {
    encrypt(text, 26 - k % 26)
}

fn main() {
    let plain = "Attack at Dawn, said Caesar!";
    for k in [1, 3, 13, 25] {
        let secret = encrypt(plain, k);
        println!("k={:>2}: {} | {}", k, secret, decrypt(&secret, k));
    }
    let rot13_twice = encrypt(&encrypt("Hello", 13), 13);
    println!("rot13 twice: {}", rot13_twice);
}
