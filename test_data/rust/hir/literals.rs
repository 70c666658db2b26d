const GREETING: &str = "héllo";
static LIMITS: [i32; 3] = [10, 100, 1_000];

fn main() {
    let big = 1_000_000u64;
    let mask = 0b1010_0101u8;
    let hex = 0xFF;
    let c = 'λ';
    let f = 2.5e3_f64;
    let s = "tab\tquote\" done";
    let (w, p) = (10, 3);
    println!("{} {} {} {} {} {}", big, mask, hex, c, f, s);
    println!("{:w$.p$} {:>1$} {:?} and {0}", 3.14159, 8, "mixed");
    println!("{} {}", GREETING, LIMITS[2]);
    debug_assert!(big > 0);
    match big {
        0..=9 => println!("small"),
        1_000_000.. => println!("big"),
        _ => println!("medium"),
    }
}
