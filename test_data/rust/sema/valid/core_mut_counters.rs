fn main() {
    let mut count = 0;
    let mut total: u32 = 0;
    let mut evens = 0;
    let mut odds = 0;
    while count < 20 {
        count += 1;
        total += count;
        if count % 2 == 0 {
            evens += 1;
        } else {
            odds += 1;
        }
    }
    println!("count = {}, total = {}", count, total);
    println!("evens = {}, odds = {}", evens, odds);

    let mut product: u64 = 1;
    for k in 1..=15 {
        product *= k;
    }
    println!("15! = {}", product);

    let mut text = String::new();
    text.push_str("mut");
    text.push('!');
    println!("{}", text);
}
