fn main() {
    let a: i8 = -128;
    let b: i16 = -32_000;
    let c: i32 = -2_000_000_000;
    let d: i64 = -9_000_000_000_000_000_000;
    let e: i128 = -170_141_183_460_469_231_731_687_303_715_884_105_728;
    let f: isize = -1;
    println!("i8    {} .. {}  a = {}", i8::MIN, i8::MAX, a);
    println!("i16   {} .. {}  b = {}", i16::MIN, i16::MAX, b);
    println!("i32   {} .. {}  c = {}", i32::MIN, i32::MAX, c);
    println!("i64   {} .. {}  d = {}", i64::MIN, i64::MAX, d);
    println!("i128  {} .. {}", i128::MIN, i128::MAX);
    println!("e = {}", e);
    println!("isize {} .. {}  f = {}", isize::MIN, isize::MAX, f);
    println!("sizes: {} {} {} {} {} {}",
        std::mem::size_of::<i8>(), std::mem::size_of::<i16>(), std::mem::size_of::<i32>(),
        std::mem::size_of::<i64>(), std::mem::size_of::<i128>(), std::mem::size_of::<isize>());
    println!("abs: {} {}", (-7i32).abs(), (a as i16).abs());
    println!("-7 / 2 = {}, -7 % 2 = {}", -7 / 2, -7 % 2);
    println!("rem_euclid: {}", (-7i32).rem_euclid(2));
}
