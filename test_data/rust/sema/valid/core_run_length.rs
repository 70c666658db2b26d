fn encode(s: &str) -> String {
    let mut out = String::new();
    let mut chars: Vec<char> = Vec::new();
    for c in s.chars() {
        chars.push(c);
    }
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let mut run = 1;
        while i + run < chars.len() && chars[i + run] == c {
            run += 1;
        }
        if run > 1 {
            out.push_str(&run.to_string());
        }
        out.push(c);
        i += run;
    }
    out
}

fn decode(s: &str) -> String {
    let mut out = String::new();
    let mut count = 0usize;
    for c in s.chars() {
        if let Some(d) = c.to_digit(10) {
            count = count * 10 + d as usize;
        } else {
            let n = if count == 0 { 1 } else { count };
            for _ in 0..n {
                out.push(c);
            }
            count = 0;
        }
    }
    out
}

fn main() {
    for s in ["WWWWWWWWWWWWBWWWWWWWWWWWWBBBWWWWWWWWWWWWWWWWWWWWWWWWBWWWWWWWWWWWWWW", "abc", "aabbbcccc", ""] {
        let e = encode(s);
        let d = decode(&e);
        println!("{:?} -> {:?} (round trip ok: {})", s.len(), e, d == s);
    }
}
