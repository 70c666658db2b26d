fn main() {
    let numbers: Vec<i32> = (1..=10).collect();
    let sum_of_even_squares: i32 = numbers.iter().filter(|&&n| n % 2 == 0).map(|n| n * n).sum();
    println!("sum of even squares = {}", sum_of_even_squares);
    let doubled: Vec<i32> = numbers.iter().map(|n| n * 2).collect();
    println!("doubled = {:?}", doubled);
    let big: Vec<&i32> = numbers.iter().filter(|n| **n > 7).collect();
    println!("big = {:?}", big);
    let product: u64 = (1..=15u64).product();
    println!("15! = {}", product);
    let count = numbers.iter().filter(|n| *n % 3 == 0).count();
    println!("multiples of 3: {}", count);
    let max = numbers.iter().map(|n| (n * 7) % 11).max();
    let min = numbers.iter().map(|n| (n * 7) % 11).min();
    println!("max {:?} min {:?}", max, min);
    let words = ["apple", "bob", "kayak", "rust", "level"];
    let palindromes: Vec<&str> = words
        .iter()
        .copied()
        .filter(|w| w.chars().rev().collect::<String>() == *w)
        .collect();
    println!("palindromes: {:?}", palindromes);
    let lengths: Vec<usize> = words.iter().map(|w| w.len()).collect();
    println!("lengths: {:?}", lengths);
}
