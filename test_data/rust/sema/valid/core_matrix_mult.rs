fn multiply(a: &Vec<Vec<i64>>, b: &Vec<Vec<i64>>) -> Vec<Vec<i64>> {
    let n = a.len();
    let m = b[0].len();
    let k = b.len();
    let mut c = vec![vec![0; m]; n];
    for i in 0..n {
        for j in 0..m {
            for t in 0..k {
                c[i][j] += a[i][t] * b[t][j];
            }
        }
    }
    c
}

fn identity(n: usize) -> Vec<Vec<i64>> {
    let mut m = vec![vec![0; n]; n];
    for i in 0..n {
        m[i][i] = 1;
    }
    m
}

fn matrix_pow(base: &Vec<Vec<i64>>, mut exp: u32) -> Vec<Vec<i64>> {
    let mut result = identity(base.len());
    let mut b = base.clone();
    while exp > 0 {
        if exp % 2 == 1 {
            result = multiply(&result, &b);
        }
        exp /= 2;
        // Squaring once more than needed would overflow i64 for fib(90).
        if exp > 0 {
            b = multiply(&b, &b);
        }
    }
    result
}

fn main() {
    let a = vec![vec![1, 2, 3], vec![4, 5, 6]];
    let b = vec![vec![7, 8], vec![9, 10], vec![11, 12]];
    let c = multiply(&a, &b);
    for row in &c {
        println!("{:?}", row);
    }
    let fib = vec![vec![1, 1], vec![1, 0]];
    for n in [10, 50, 90] {
        println!("fib({}) = {}", n, matrix_pow(&fib, n)[0][1]);
    }
}
