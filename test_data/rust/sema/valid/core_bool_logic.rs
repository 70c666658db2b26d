fn is_leap_year(year: u32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

fn xor(a: bool, b: bool) -> bool {
    a != b
}

fn main() {
    for year in [1900, 2000, 2023, 2024] {
        println!("{} leap: {}", year, is_leap_year(year));
    }
    println!("a     b     and   or    xor   not a");
    for a in [false, true] {
        for b in [false, true] {
            println!("{:<5} {:<5} {:<5} {:<5} {:<5} {:<5}", a, b, a && b, a || b, xor(a, b), !a);
        }
    }
    let t = true;
    println!("true as i32 = {}, false as u8 = {}", t as i32, false as u8);
    println!("bitwise: {} {} {}", t & false, t | false, t ^ true);
}
