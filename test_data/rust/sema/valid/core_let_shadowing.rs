fn main() {
    let x = 5;
    let x = x + 1;
    {
        let x = x * 2;
        println!("inner x = {}", x);
    }
    println!("outer x = {}", x);

    // Shadowing can change the type; `mut` could not.
    let spaces = "    ";
    let spaces = spaces.len();
    println!("spaces = {}", spaces);

    let input = "42";
    let input: i32 = input.parse().unwrap();
    let input = input as f64 / 8.0;
    println!("input = {}", input);

    let (a, b) = (1, 2);
    let (a, b) = (b, a);
    println!("swapped: a = {}, b = {}", a, b);
}
