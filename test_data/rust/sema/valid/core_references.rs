fn longest_word(text: &str) -> &str {
    let mut best = "";
    for w in text.split_whitespace() {
        if w.len() > best.len() {
            best = w;
        }
    }
    best
}

fn count_above(values: &Vec<i32>, limit: &i32) -> usize {
    let mut n = 0;
    for v in values {
        if v > limit {
            n += 1;
        }
    }
    n
}

fn main() {
    let text = String::from("the quick brown fox jumps");
    let w = longest_word(&text);
    println!("longest word: {}", w);
    let values = vec![3, 9, 12, 1, 7];
    let r1 = &values;
    let r2 = &values;
    println!("two shared borrows: {} {}", r1.len(), r2[0]);
    println!("above 5: {}", count_above(&values, &5));
    let x = 10;
    let rx = &x;
    let rrx = &rx;
    println!("x = {}, *rx = {}, **rrx = {}", x, *rx, **rrx);
    println!("auto-deref in comparison: {}", *rx == 10);
    let p = &values[1];
    println!("&values[1] = {}", p);
    println!("same address: {}", std::ptr::eq(r1, r2));
}
