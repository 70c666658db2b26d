fn main() {
    let a: u8 = 255;
    let b: u16 = 65_535;
    let c: u32 = 4_000_000_000;
    let d: u64 = 18_000_000_000_000_000_000;
    let e: u128 = 1 << 100;
    let f: usize = 3;
    println!("u8    max {}  a = {}", u8::MAX, a);
    println!("u16   max {}  b = {}", u16::MAX, b);
    println!("u32   max {}  c = {}", u32::MAX, c);
    println!("u64   max {}  d = {}", u64::MAX, d);
    println!("u128  max {}", u128::MAX);
    println!("2^100 = {}", e);
    println!("usize max {}  f = {}", usize::MAX, f);
    let bytes = [0x10u8, 0x20, 0xff];
    let mut sum: u32 = 0;
    for byte in bytes {
        sum += byte as u32;
    }
    println!("byte sum = {}", sum);
    println!("count_ones(255) = {}", a.count_ones());
    println!("leading_zeros(1u32) = {}", 1u32.leading_zeros());
    println!("pow: {}", 3u64.pow(20));
}
