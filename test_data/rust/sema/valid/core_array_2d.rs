const N: usize = 4;

fn transpose(m: [[i32; N]; N]) -> [[i32; N]; N] {
    let mut t = [[0; N]; N];
    for i in 0..N {
        for j in 0..N {
            t[j][i] = m[i][j];
        }
    }
    t
}

fn print_matrix(m: &[[i32; N]; N]) {
    for row in m {
        for v in row {
            print!("{:4}", v);
        }
        println!();
    }
}

fn main() {
    let mut m = [[0; N]; N];
    for i in 0..N {
        for j in 0..N {
            m[i][j] = (i * N + j) as i32;
        }
    }
    print_matrix(&m);
    println!("---");
    let t = transpose(m);
    print_matrix(&t);
    let mut trace = 0;
    for i in 0..N {
        trace += m[i][i];
    }
    println!("trace = {}", trace);
}
