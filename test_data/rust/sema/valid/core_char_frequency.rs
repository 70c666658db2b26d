fn main() {
    let text = "The quick brown fox jumps over the lazy dog, twice: the quick brown fox!";
    let mut counts = [0u32; 26];
    let mut others = 0;
    for c in text.chars() {
        if c.is_ascii_alphabetic() {
            let idx = (c.to_ascii_lowercase() as u8 - b'a') as usize;
            counts[idx] += 1;
        } else {
            others += 1;
        }
    }
    let mut max = 0;
    for &n in counts.iter() {
        if n > max {
            max = n;
        }
    }
    for (i, &n) in counts.iter().enumerate() {
        if n > 0 {
            let letter = (b'a' + i as u8) as char;
            println!("{} {:>2} {}", letter, n, "#".repeat(n as usize));
        }
    }
    println!("most frequent count: {}, non-letters: {}", max, others);
    let mut pangram = true;
    for &n in counts.iter() {
        if n == 0 {
            pangram = false;
        }
    }
    println!("pangram: {}", pangram);
}
