fn main() {
    let primes: [u32; 6] = [2, 3, 5, 7, 11, 13];
    let zeros = [0i64; 5];
    println!("primes = {:?} (len {})", primes, primes.len());
    println!("zeros = {:?}", zeros);
    println!("first = {}, last = {}", primes[0], primes[primes.len() - 1]);

    let mut squares = [0u32; 10];
    for i in 0..squares.len() {
        squares[i] = (i * i) as u32;
    }
    println!("squares = {:?}", squares);

    let mut sum = 0;
    for p in primes {
        sum += p;
    }
    println!("sum of primes = {}", sum);
    println!("contains 7: {}", primes.contains(&7));
    let copy = primes;
    println!("arrays are Copy: {:?} {:?}", copy == primes, primes[1]);
    let words = ["alpha", "beta", "gamma"];
    for (i, w) in words.iter().enumerate() {
        println!("{}: {}", i, w);
    }
}
