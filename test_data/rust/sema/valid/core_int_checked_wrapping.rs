fn main() {
    let x: u8 = 250;
    println!("checked_add(10)    = {:?}", x.checked_add(10));
    println!("checked_add(5)     = {:?}", x.checked_add(5));
    println!("wrapping_add(10)   = {}", x.wrapping_add(10));
    println!("saturating_add(10) = {}", x.saturating_add(10));
    let (value, overflowed) = x.overflowing_add(10);
    println!("overflowing_add(10) = ({}, {})", value, overflowed);

    let y: i32 = i32::MIN;
    println!("checked_neg(MIN) = {:?}", y.checked_neg());
    println!("wrapping_neg(MIN) = {}", y.wrapping_neg());
    println!("checked_div(0) = {:?}", 10i32.checked_div(0));
    println!("saturating_sub = {}", 3u32.saturating_sub(5));
    println!("wrapping_mul = {}", 200u8.wrapping_mul(3));
}
