fn checksum(data: &[u8]) -> u32 {
    let mut sum: u32 = 0;
    for (i, &b) in data.iter().enumerate() {
        sum += b as u32 * (i as u32 + 1);
    }
    sum % 251
}

fn main() {
    let packet = b"deepdive";
    let sum = checksum(packet);
    println!("checksum = {}", sum);
    assert_eq!(sum, 100, "checksum of {:?}", std::str::from_utf8(packet).unwrap());
    println!("not printed");
}
