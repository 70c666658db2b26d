fn main() {
    let n = 3;
    assert!(n > 0);
    assert!(n < 10, "n is {}", n);
    assert_eq!(n, 3);
    assert_ne!(n, 4, "n must not be {}", 4);
}
