fn main() {
    let a = [1, 2, 3];
    let b = [10, 20];
    let chained: Vec<i32> = a.iter().chain(b.iter()).copied().collect();
    println!("chained: {:?}", chained);
    let first_three: Vec<u32> = (1..).map(|n| n * n).take(3).collect();
    println!("first three squares: {:?}", first_three);
    let skipped: Vec<i32> = chained.iter().skip(2).cloned().collect();
    println!("skip(2): {:?}", skipped);
    let tw: Vec<u32> = (1..100).take_while(|n| n * n < 50).collect();
    println!("take_while n*n < 50: {:?}", tw);
    let sw: Vec<u32> = (1..10).skip_while(|n| *n < 7).collect();
    println!("skip_while n < 7: {:?}", sw);
    let stepped: Vec<i32> = (0..30).step_by(7).collect();
    println!("step_by(7): {:?}", stepped);
    let flat: Vec<i32> = vec![vec![1, 2], vec![], vec![3]].into_iter().flatten().collect();
    println!("flatten: {:?}", flat);
    let fm: Vec<char> = ["ab", "cd"].iter().flat_map(|s| s.chars()).collect();
    println!("flat_map: {:?}", fm);
    let parsed: Vec<i32> = ["1", "x", "3"].iter().filter_map(|s| s.parse().ok()).collect();
    println!("filter_map: {:?}", parsed);
    let mut it = [5, 6, 7].iter().peekable();
    while let Some(x) = it.next() {
        match it.peek() {
            Some(next) => println!("{} then {}", x, next),
            None => println!("{} is last", x),
        }
    }
    let last = (1..=4).last();
    let nth = (10..20).nth(3);
    println!("last {:?} nth {:?}", last, nth);
}
