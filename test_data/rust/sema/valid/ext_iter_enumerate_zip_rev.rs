fn main() {
    let names = ["ann", "ben", "cat"];
    let ages = [31, 25, 47];
    for (i, name) in names.iter().enumerate() {
        println!("{}: {}", i, name);
    }
    for (name, age) in names.iter().zip(ages.iter()) {
        println!("{} is {}", name, age);
    }
    let pairs: Vec<(&str, i32)> = names.iter().copied().zip(ages).collect();
    println!("{:?}", pairs);
    let reversed: Vec<&str> = names.iter().rev().copied().collect();
    println!("reversed: {:?}", reversed);
    for (i, c) in "abc".chars().rev().enumerate() {
        print!("{}{} ", i, c);
    }
    println!();
    let dot: i32 = [1, 2, 3].iter().zip([4, 5, 6].iter()).map(|(a, b)| a * b).sum();
    println!("dot product = {}", dot);
    let (evens, odds): (Vec<i32>, Vec<i32>) = (1..=9).partition(|n| n % 2 == 0);
    println!("evens {:?} odds {:?}", evens, odds);
    let (letters, numbers): (Vec<char>, Vec<u32>) = vec![('a', 1), ('b', 2)].into_iter().unzip();
    println!("{:?} {:?}", letters, numbers);
}
