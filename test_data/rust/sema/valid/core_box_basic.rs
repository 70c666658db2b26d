#[derive(Debug)]
struct Big {
    data: [u64; 64],
}

fn make_big(seed: u64) -> Box<Big> {
    let mut b = Box::new(Big { data: [0; 64] });
    for i in 0..64 {
        b.data[i] = seed * i as u64;
    }
    b
}

fn main() {
    let x = Box::new(41);
    let y = *x + 1;
    println!("x = {}, y = {}", x, y);
    let mut counter = Box::new(0u32);
    for _ in 0..10 {
        *counter += 3;
    }
    println!("counter = {}", counter);
    let big = make_big(3);
    println!("big.data[63] = {}", big.data[63]);
    println!("size of Box<Big> = {}, size of Big = {}", std::mem::size_of::<Box<Big>>(), std::mem::size_of::<Big>());
    let boxed_str: Box<str> = "boxed text".into();
    println!("{} ({} bytes)", boxed_str, boxed_str.len());
    let v: Box<[i32]> = vec![1, 2, 3].into_boxed_slice();
    println!("{:?}", v);
}
