fn clamp(x: i32, lo: i32, hi: i32) -> i32 {
    assert!(lo <= hi, "bad bounds {} > {}", lo, hi);
    if x < lo {
        lo
    } else if x > hi {
        hi
    } else {
        x
    }
}

fn main() {
    assert!(1 + 1 == 2);
    assert_eq!(clamp(15, 0, 10), 10);
    assert_eq!(clamp(-3, 0, 10), 0, "clamping below");
    assert_ne!(clamp(5, 0, 10), 0);
    debug_assert!(clamp(7, 0, 10) == 7);
    let words = vec!["a", "bb", "ccc"];
    for (i, w) in words.iter().enumerate() {
        assert_eq!(w.len(), i + 1);
    }
    println!("all assertions passed");
}
