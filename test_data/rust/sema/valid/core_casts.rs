fn main() {
    let big: i32 = 300;
    println!("300 as u8 = {}", big as u8);
    println!("-1 as u8 = {}", -1i32 as u8);
    println!("-1 as u32 = {}", -1i32 as u32);
    println!("255u8 as i8 = {}", 255u8 as i8);
    println!("u64::MAX as i64 = {}", u64::MAX as i64);
    println!("i8 -5 as i64 = {}", -5i8 as i64);
    println!("3.99 as i32 = {}", 3.99f64 as i32);
    println!("-3.99 as i32 = {}", -3.99f64 as i32);
    println!("1e20 as i32 = {}", 1e20f64 as i32);
    println!("-1.5 as u8 = {}", -1.5f64 as u8);
    println!("NaN as i32 = {}", f64::NAN as i32);
    println!("i64 as f64 = {}", 9_007_199_254_740_993i64 as f64);
    println!("'A' as u8 = {}, 97u8 as char = {}", 'A' as u8, 97u8 as char);
    println!("'€' as u32 = {}, as u8 = {}", '€' as u32, '€' as u8);
    println!("true as u8 = {}", true as u8);
    let len = vec![1, 2, 3].len();
    let half = len as f64 / 2.0;
    println!("len = {}, half = {}", len, half);
    let idx: i32 = 2;
    let arr = [10, 20, 30];
    println!("arr[idx as usize] = {}", arr[idx as usize]);
    println!("u32 from u8 via into: {}", u32::from(200u8) + 100);
}
