fn main() {
    // Print the primes below 40 by skipping every candidate that has a divisor.
    let mut primes = Vec::new();
    'candidates: for n in 2..40 {
        let mut d = 2;
        while d * d <= n {
            if n % d == 0 {
                continue 'candidates;
            }
            d += 1;
        }
        primes.push(n);
    }
    println!("{:?}", primes);
    // Pairs (i, j) with j != i, skipping rows whose sum gets too large.
    'row: for i in 0..4 {
        for j in 0..4 {
            if i == j {
                continue;
            }
            if i + j > 4 {
                println!("row {} stops at j = {}", i, j);
                continue 'row;
            }
            print!("({},{}) ", i, j);
        }
        println!();
    }
}
