fn binary_search(sorted: &[i32], target: i32) -> Option<usize> {
    let mut lo = 0;
    let mut hi = sorted.len();
    let mut probes = 0;
    while lo < hi {
        probes += 1;
        let mid = lo + (hi - lo) / 2;
        if sorted[mid] == target {
            println!("  found {} after {} probes", target, probes);
            return Some(mid);
        } else if sorted[mid] < target {
            lo = mid + 1;
        } else {
            hi = mid;
        }
    }
    println!("  {} absent after {} probes", target, probes);
    None
}

fn main() {
    let mut data = Vec::new();
    for i in 0..100 {
        data.push(i * 3);
    }
    for target in [0, 42, 297, 100, -5] {
        println!("search {}:", target);
        println!("  -> {:?}", binary_search(&data, target));
    }
}
